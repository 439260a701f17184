package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * A train of three Gaussian pulses (1 J, FWHM 1 ms, 100 Hz) on an insulated
 * disc through a top-hat twice its radius (a quarter of the energy falls on
 * it, absorptivity 1): the heat stored at the end is the absorbed energy,
 * which checks the beam amplitude, the pulse-resolving steps and the flux per
 * face together.
 */
class PulseEnergyTest {

	static final double RHO_C = 7800 * 500.0;

	@Test
	void storesTheAbsorbedPulseEnergy() throws CoreException {
		ThermalProblem problem = Problems.named("pulses").layer(Problems.solid("disc", 50, 7800, 500), 1e-3, 10, 1)
				.radial(1e-3, 4, 1).beam(BeamProfile.TOP_HAT, 2e-3, new GaussianPulseTrain(1, 1e-3, 100, 3),
						OptionalDouble.of(1))
				.time(0.05, 1e-5, 1e-3, 5, 0.01).probe("front", 0, 0).build();
		Recorder recorder = new Recorder();
		SolverResult result = new CalculixSolver().solve(problem, recorder, new NullProgressMonitor());
		FieldSnapshot last = recorder.snapshots.get(recorder.snapshots.size() - 1);
		double stored = stored(recorder.mesh, last);
		double absorbed = 3 * 1 * 0.25;
		System.out.printf("ccx pulses: stored %.5f J of %.5f J absorbed (%+.3f %%), %d increments, peak %.1f K, %.2f s wall%n",
				stored, absorbed, 100 * (stored - absorbed) / absorbed, result.steps(), result.peakTemperature(),
				result.wallSeconds());
		assertEquals(0.05, last.time(), 1e-12);
		assertEquals(absorbed, stored, 0.01 * absorbed);
		assertTrue(result.peakTime() < 0.05, "the peak is reached during a pulse, at " + result.peakTime());
	}

	private static double stored(MeshDescription mesh, FieldSnapshot snapshot) {
		double heat = 0;
		int nr = mesh.radialCells();
		double[] r = mesh.rFaces();
		double[] z = mesh.zFaces();
		for (int j = 0; j < mesh.axialCells(); j++) {
			for (int i = 0; i < nr; i++) {
				double volume = Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]) * (z[j + 1] - z[j]);
				heat += volume * RHO_C * (snapshot.temperature()[j * nr + i] - Problems.T0);
			}
		}
		return heat;
	}
}
