package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Energy bookkeeping: the heat stored equals the pulse energy absorbed when
 * nothing is lost, and the solver's global balance closes when convection and
 * radiation take part.
 */
class EnergyConservationTest {

	static final double K = 7;
	static final double RHO = 4430;
	static final double C = 550;
	/** Absorptivity of {@link TestMaterials} at the test wavelength. */
	static final double A = 0.3;

	static Material titanium() {
		return TestMaterials.solid("ti", "Energy conservation test, PHYSICS.md Ti-6Al-4V row", K, RHO, C);
	}

	static Problems pulsed(String name, GaussianPulseTrain pulses, double end) {
		return Problems.named(name).layer(titanium(), 1e-3, 30, 10).radial(4e-3, 30, 10)
				.beam(BeamProfile.GAUSSIAN, 0.5e-3, pulses, OptionalDouble.empty())
				.time(end, 1e-6, 1e-3, 5, end / 5);
	}

	@Test
	void storedHeatEqualsTheAbsorbedPulseEnergy() throws CoreException {
		GaussianPulseTrain pulses = new GaussianPulseTrain(0.02, 50e-6, 2000, 4);
		double end = 3e-3;
		ThermalProblem problem = pulsed("pulses", pulses, end).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double absorbed = A * pulses.energy(end);
		double stored = recorder.sensibleHeat(recorder.last(), RHO * C, Problems.T0);
		System.out.printf("pulses: absorbed %.6f J, stored %.6f J (%+.2e), %d steps, peak %.0f K, balance %.1e%n",
				absorbed, stored, (stored - absorbed) / absorbed, result.steps(), result.peakTemperature(),
				result.energyBalanceError());
		assertEquals(0.08, pulses.energy(end), 1e-6, "the train delivers its four pulses within the run");
		assertEquals(absorbed, stored, 0.005 * absorbed);
		// each pulse spans 4 FWHM, resolved with steps of at most FWHM / 20
		assertTrue(result.steps() >= 4 * 80, result.steps() + " steps");
	}

	@Test
	void globalBalanceClosesWithConvectionAndRadiation() throws CoreException {
		GaussianPulseTrain pulses = new GaussianPulseTrain(0.02, 50e-6, 2000, 4);
		double end = 0.5;
		ThermalProblem problem = pulsed("losses", pulses, end)
				.environment(new Environment(Problems.T0, 200, 100, Double.NaN, 0.8, 50)).initial(400).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double absorbed = A * pulses.energy(end);
		double stored = recorder.sensibleHeat(recorder.last(), RHO * C, 400);
		System.out.printf("losses: absorbed %.6f J, stored %.6f J, %d steps, balance error %.2e%n", absorbed, stored,
				result.steps(), result.energyBalanceError());
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "relative energy balance error " + result.energyBalanceError());
		// the plate starts 100 K above ambient: it must have lost heat on top of what it absorbed
		assertTrue(stored < 0, "stored " + stored + " J with losses");
	}
}
