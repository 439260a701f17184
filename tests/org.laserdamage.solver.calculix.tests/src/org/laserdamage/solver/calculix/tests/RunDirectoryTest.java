package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.RunWriter;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * CalculiX reporting into the common run directory, as the core runs a study:
 * the results read back like the built-in solver's, and ccx's own files and
 * log sit beside them.
 */
class RunDirectoryTest {

	@Test
	void writesTheCommonRunDirectory(@TempDir Path dir) throws Exception {
		ThermalProblem problem = FiniteSlabTest.slab("run directory", 20, 0.5, 0.01);
		Path run = dir.resolve("run");
		SolverResult result;
		try (RunWriter writer = RunWriter.forProblem(run, problem)) {
			result = new CalculixSolver().solve(problem, writer, new NullProgressMonitor());
			writer.finish(RunSummary.of(problem, result, null, "test", Instant.now(), List.of()));
		}
		RunResults read = RunResults.open(run);
		RunSummary summary = read.summary().orElseThrow();
		assertEquals(CalculixSolver.ID, summary.solverId());
		assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5),
				read.snapshots().stream().map(s -> Math.round(s.time() * 1e9) / 1e9).toList());
		assertEquals(RunDirectory.LABEL_FINAL, read.lastSnapshot().orElseThrow().label());
		assertEquals(20, read.loadSnapshot(5).temperature().length);
		assertTrue(Files.size(run.resolve(CalculixSolver.LOG)) > 0, "solver.log beside the results");
		assertTrue(Files.isRegularFile(run.resolve(CalculixSolver.FOLDER).resolve("job.frd")), "ccx's results kept");
		System.out.printf("run directory: %d snapshots, %d increments, summary solver %s%n", read.snapshots().size(),
				result.steps(), summary.solverId());
	}
}
