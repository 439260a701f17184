package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Validation case 2 of PHYSICS.md: constant flux into a semi-infinite solid
 * (Carslaw &amp; Jaeger 2.9). The plate is more than ten diffusion lengths thick,
 * so its back face does not feel the heating.
 */
class SemiInfiniteFluxTest {

	@Test
	void profileMatchesTheErfcSolutionWithinOnePercentOfTheSurfaceRise() throws CoreException {
		double k = 16.2;
		double rho = 8000;
		double c = 500;
		double alpha = k / (rho * c);
		double q = 1e6;
		double time = 0.5;
		double[] depths = { 0, 0.25e-3, 0.5e-3, 1e-3, 1.5e-3, 2e-3, 3e-3, 4e-3 };
		Material steel = TestMaterials.solid("steel", "Validation case 2, PHYSICS.md", k, rho, c);
		Problems builder = Problems.named("case 2").layer(steel, 15e-3, 120, 30).uniformFlux(q)
				.time(time, 1e-6, 2e-3, 0.05, time);
		for (double z : depths) {
			builder.probe("z=" + z, 0, z);
		}
		ThermalProblem problem = builder.build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double surface = SlabSolution.semiInfinite(q, k, alpha, 0, time);
		double[] measured = recorder.probesAt(time);
		System.out.printf("case 2: %d steps, %.2f s%n", result.steps(), result.wallSeconds());
		for (int p = 0; p < depths.length; p++) {
			double exact = SlabSolution.semiInfinite(q, k, alpha, depths[p], time);
			double rise = measured[p] - Problems.T0;
			System.out.printf("case 2: z = %.2f mm: %.3f K, exact %.3f K (%.3f %% of the surface rise)%n", depths[p] * 1e3,
					rise, exact, 100 * (rise - exact) / surface);
			assertEquals(exact, rise, 0.01 * surface, "rise at z = " + depths[p] + " m");
		}
	}
}
