package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Validation case 1 of PHYSICS.md: a 10 mm slab, flux 1e6 W/m² into the front,
 * everything else insulated; one-dimensional through a top-hat beam as wide as
 * the plate.
 */
class FiniteSlabTest {

	static final double L = 0.01;
	static final double Q = 1e6;
	static final double K = 50;
	static final double RHO = 7800;
	static final double C = 500;
	/** PHYSICS.md case 1: t, and the rise at x = 0, 2.5 mm and 10 mm. */
	static final double[][] TABLE = { { 0.1, 25.553, 1.630, 0.000 }, { 0.5, 57.138, 20.526, 0.223 },
			{ 1.0, 80.809, 40.472, 3.678 } };

	static Material steel() {
		return TestMaterials.solid("slab", "Validation case 1, PHYSICS.md", K, RHO, C);
	}

	@Test
	void matchesTheExactSolutionWithinOnePercent() throws CoreException {
		ThermalProblem problem = Problems.named("case 1").layer(steel(), L, 100, 1).uniformFlux(Q)
				.time(1, 1e-5, 2.5e-4, 0.01, 0.1).probe("front", 0, 0).probe("x=2.5mm", 0, 2.5e-3)
				.probe("back", 0, L).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		System.out.printf("case 1: %d steps, %d CG iterations, %.2f s%n", result.steps(), result.iterations(),
				result.wallSeconds());
		for (double[] row : TABLE) {
			double[] rise = recorder.probesAt(row[0]);
			for (int p = 0; p < 3; p++) {
				double measured = rise[p] - Problems.T0;
				double exact = SlabSolution.rise(Q, K, RHO * C, L, p == 0 ? 0 : p == 1 ? 2.5e-3 : L, row[0]);
				System.out.printf("case 1: t = %.1f s, x = %s: %.4f K (table %.3f, series %.4f)%n", row[0],
						p == 0 ? "0" : p == 1 ? "2.5 mm" : "10 mm", measured, row[p + 1], exact);
				double tolerance = row[p + 1] == 0 ? 0.05 : 0.01 * row[p + 1];
				assertEquals(row[p + 1], measured, tolerance, () -> "rise at t = " + row[0] + " s");
			}
		}
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
	}

	/**
	 * The same slab heated through its back face by a prescribed flux (environment.backHeatFlux), the front
	 * insulated and no beam: case 1 mirrored, so the back face follows the table's x = 0 and the front its
	 * x = 10 mm.
	 */
	@Test
	void aPrescribedBackFaceFluxIsCaseOneMirrored() throws CoreException {
		ThermalProblem problem = Problems.named("case 1 mirrored").layer(steel(), L, 100, 1).uniformFlux(0)
				.environment(new Environment(Problems.T0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Q))
				.time(1, 1e-5, 2.5e-4, 0.01, 0.1).probe("back", 0, L).probe("x=2.5mm from the back", 0, L - 2.5e-3)
				.probe("front", 0, 0).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		for (double[] row : TABLE) {
			double[] rise = recorder.probesAt(row[0]);
			for (int p = 0; p < 3; p++) {
				double measured = rise[p] - Problems.T0;
				System.out.printf("case 1 mirrored: t = %.1f s, %d: %.4f K (table %.3f)%n", row[0], p, measured, row[p + 1]);
				double tolerance = row[p + 1] == 0 ? 0.05 : 0.01 * row[p + 1];
				assertEquals(row[p + 1], measured, tolerance, () -> "rise at t = " + row[0] + " s");
			}
		}
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
	}
}
