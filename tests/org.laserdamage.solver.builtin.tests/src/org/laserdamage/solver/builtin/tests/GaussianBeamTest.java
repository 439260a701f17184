package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Validation case 3 of PHYSICS.md (Lax 1977): the centre rise of a stationary
 * Gaussian beam on a semi-infinite solid. PHYSICS.md takes w as the 1/e
 * radius; {@link BeamProfile#GAUSSIAN} takes the 1/e² radius, √2 w. The
 * surface centre temperature is read through a probe at r = 0, z = 0, which
 * the solver reconstructs from the front cell and the flux through its face.
 * The plate is graded to more than ten diffusion lengths in r and z.
 */
class GaussianBeamTest {

	static final double K = 167;
	static final double ALPHA = 6.903e-5;
	static final double RHO = 2700;
	static final double POWER = 100;
	static final double W = 1e-3;

	static double lax(double t) {
		return POWER / (Math.pow(Math.PI, 1.5) * K * W) * Math.atan(2 * Math.sqrt(ALPHA * t) / W);
	}

	static Recorder solve(double size, int cells, double grading, double end, double maxStep) throws CoreException {
		// 1 ms outputs for the first sample; over 1 s only the probes are kept
		Material aluminium = TestMaterials.solid("al6061", "Validation case 3, PHYSICS.md", K, RHO, K / (ALPHA * RHO));
		ThermalProblem problem = Problems.named("case 3").layer(aluminium, size, cells, grading * 10)
				.radial(size, cells, grading)
				.beam(BeamProfile.GAUSSIAN, Math.sqrt(2) * W, new ContinuousWave(POWER, Double.POSITIVE_INFINITY),
						OptionalDouble.of(1))
				.time(end, 1e-6, maxStep, 0.5, 1e-3).probe("centre", 0, 0).build();
		Recorder recorder = new Recorder(false);
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		System.out.printf("case 3: %d cells, %d steps, %d CG iterations, %.2f s, energy balance %.1e%n",
				result.cells(), result.steps(), result.iterations(), result.wallSeconds(), result.energyBalanceError());
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
		return recorder;
	}

	static void check(Recorder recorder, double... times) {
		for (double t : times) {
			double rise = recorder.probesAt(t)[0] - Problems.T0;
			double exact = lax(t);
			System.out.printf("case 3: t = %g s: centre rise %.3f K, Lax %.3f K (%+.2f %%)%n", t, rise, exact,
					100 * (rise - exact) / exact);
			assertEquals(exact, rise, 0.01 * exact, "centre rise at t = " + t + " s");
		}
	}

	@Test
	void centreRiseMatchesLaxUpToATenthOfASecond() throws CoreException {
		check(solve(0.03, 60, 100, 0.1, 0.01), 1e-3, 1e-2, 0.1);
	}

	@Test
	@Tag("slow")
	void centreRiseMatchesLaxAtOneSecond() throws CoreException {
		check(solve(0.1, 80, 300, 1, 0.02), 1e-3, 0.1, 1);
	}
}
