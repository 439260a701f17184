package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * Validation case 1 of PHYSICS.md on the real ccx: a 10 mm slab, flux 1e6 W/m²
 * into the front through a top-hat beam wider than the plate, back and rim
 * insulated.
 */
class FiniteSlabTest {

	static final double L = 0.01;
	static final double Q = 1e6;
	/** PHYSICS.md case 1: t, and the rise at x = 0, 2.5 mm and 10 mm. */
	static final double[][] TABLE = { { 0.1, 25.553, 1.630, 0.000 }, { 0.5, 57.138, 20.526, 0.223 },
			{ 1.0, 80.809, 40.472, 3.678 } };

	static ThermalProblem slab(String name, int cells, double end, double maxStep) {
		return Problems.named(name).layer(Problems.solid("slab", 50, 7800, 500), L, cells, 1).uniformFlux(Q)
				.time(end, 1e-5, maxStep, 0.5, 0.1).probe("front", 0, 0).probe("x=2.5mm", 0, 2.5e-3)
				.probe("back", 0, L).build();
	}

	@Test
	void matchesTheExactSolutionWithinOnePercent(@TempDir Path run) throws CoreException {
		Recorder recorder = new Recorder(run);
		SolverResult result = new CalculixSolver().solve(slab("case 1", 100, 1, 5e-4), recorder,
				new NullProgressMonitor());
		System.out.printf("ccx case 1: %d increments, %d cells, %.2f s wall%n", result.steps(), result.cells(),
				result.wallSeconds());
		for (double[] row : TABLE) {
			double[] rise = recorder.probesAt(row[0]);
			for (int p = 0; p < 3; p++) {
				double measured = rise[p] - Problems.T0;
				System.out.printf("ccx case 1: t = %.1f s, x = %s: %.4f K (exact %.3f, %+.3f %%)%n", row[0],
						p == 0 ? "0" : p == 1 ? "2.5 mm" : "10 mm", measured, row[p + 1],
						row[p + 1] == 0 ? Double.NaN : 100 * (measured - row[p + 1]) / row[p + 1]);
				double tolerance = row[p + 1] == 0 ? 0.05 : 0.01 * row[p + 1];
				assertEquals(row[p + 1], measured, tolerance, "rise at t = " + row[0] + " s, probe " + p);
			}
			assertTrue(recorder.snapshotAt(row[0]), "a field at the output time " + row[0]);
		}
		assertEquals(1.0, result.finalTime(), 1e-12);
		assertEquals(100, recorder.mesh.axialCells());
		assertTrue(Double.isNaN(result.energyBalanceError()), "no energy balance from ccx");
		assertTrue(Files.isRegularFile(run.resolve(CalculixSolver.LOG)), "solver.log in the run directory");
		assertTrue(Files.isRegularFile(run.resolve(CalculixSolver.FOLDER).resolve("job.inp")), "deck kept");
	}
}
