package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * The built-in solver against CalculiX on the AISI 304 example's material and
 * beam (1 kW CW, Gaussian w = 1 mm, 1 mm sheet), on a coarser mesh:
 * temperature-dependent ρ, c_p and k, melting with latent heat, convection and
 * radiation. The absorptivity and the emissivities are fixed (0.35, 0.3) since
 * the ccx deck cannot follow their temperature dependence.
 */
class BuiltInComparisonTest {

	static final double TOLERANCE = 0.02;

	static ThermalProblem plate(int radialCells, int axialCells) {
		return plate(radialCells, axialCells, 0.1, false);
	}

	static ThermalProblem plate(int radialCells, int axialCells, double end, boolean stopAtMeltThrough) {
		Material steel = BuiltInMaterials.load().find("aisi-304").orElseThrow();
		return Problems.named("AISI 304, 1 kW").layer(steel, 1e-3, axialCells, 10).radial(5e-3, radialCells, 5)
				.initial(293.15)
				.beam(BeamProfile.GAUSSIAN, 1e-3, new ContinuousWave(1000, Double.POSITIVE_INFINITY),
						OptionalDouble.of(0.35))
				.environment(new Environment(293.15, 10, 10, 0.3, 0.3, 0))
				.time(end, 1e-5, 2e-3, 10, 0.01).probe("front-centre", 0, 0).probe("back-centre", 0, 1e-3)
				.criteria(new DamageCriteria(true, true, 2500, stopAtMeltThrough)).build();
	}

	@Test
	void meltOnsetAndPeakTemperatureAgree() throws CoreException {
		ThermalProblem problem = plate(30, 20);
		SolverResult builtIn = new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor());
		SolverResult ccx = new CalculixSolver().solve(problem, new Recorder(), new NullProgressMonitor());
		print("built-in", builtIn);
		print("ccx", ccx);
		double onsetB = builtIn.criterion(CriterionKind.MELT_ONSET).time();
		double onsetC = ccx.criterion(CriterionKind.MELT_ONSET).time();
		double peakB = builtIn.peakTemperature();
		double peakC = ccx.peakTemperature();
		System.out.printf("comparison: melt onset %+.2f %%, peak %+.2f %%, peak-threshold time %+.2f %%%n",
				100 * (onsetC - onsetB) / onsetB, 100 * (peakC - peakB) / peakB,
				100 * (ccx.criterion(CriterionKind.PEAK_TEMPERATURE).time()
						- builtIn.criterion(CriterionKind.PEAK_TEMPERATURE).time())
						/ builtIn.criterion(CriterionKind.PEAK_TEMPERATURE).time());
		assertTrue(builtIn.criterion(CriterionKind.MELT_ONSET).reached());
		assertTrue(ccx.criterion(CriterionKind.MELT_ONSET).reached());
		assertEquals(onsetB, onsetC, TOLERANCE * onsetB, "melt onset time");
		assertEquals(peakB, peakC, TOLERANCE * (peakB - 293.15), "peak temperature (relative to the rise)");
	}

	@Test
	@Tag("slow")
	void meltThroughAgrees() throws CoreException {
		ThermalProblem problem = plate(30, 20, 0.5, true);
		Recorder builtInRecorder = new Recorder();
		Recorder ccxRecorder = new Recorder();
		SolverResult builtIn = new BuiltInSolver().solve(problem, builtInRecorder, new NullProgressMonitor());
		SolverResult ccx = new CalculixSolver().solve(problem, ccxRecorder, new NullProgressMonitor());
		print("built-in", builtIn);
		print("ccx", ccx);
		double b = builtIn.criterion(CriterionKind.MELT_THROUGH).time();
		double c = ccx.criterion(CriterionKind.MELT_THROUGH).time();
		System.out.printf("comparison: melt-through %+.2f %%; the results end there: built-in t = %.4f s, ccx t = %.4f s%n",
				100 * (c - b) / b, builtInRecorder.snapshots.get(builtInRecorder.snapshots.size() - 1).time(),
				ccxRecorder.snapshots.get(ccxRecorder.snapshots.size() - 1).time());
		assertTrue(builtIn.criterion(CriterionKind.MELT_THROUGH).reached());
		assertTrue(ccx.criterion(CriterionKind.MELT_THROUGH).reached());
		assertEquals(b, c, TOLERANCE * b, "melt-through time");
		assertTrue(ccx.finalTime() < 0.5, "the ccx results end at melt-through");
	}

	private static void print(String label, SolverResult r) {
		System.out.printf("%s: melt onset %s s, melt-through %s s, peak %.1f K at t = %.4f s (r = %.3g m, z = %.3g m), "
				+ "T > 2500 K at %s s, %d steps, %d iterations, %.2f s wall%n", label, r.criterion(CriterionKind.MELT_ONSET).time(),
				r.criterion(CriterionKind.MELT_THROUGH).time(), r.peakTemperature(), r.peakTime(), r.peakR(), r.peakZ(),
				r.criterion(CriterionKind.PEAK_TEMPERATURE).time(), r.steps(), r.iterations(), r.wallSeconds());
	}
}
