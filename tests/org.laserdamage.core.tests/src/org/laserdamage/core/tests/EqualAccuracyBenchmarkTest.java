package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.laserdamage.core.EqualAccuracyBenchmark;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.BuiltInMaterials;

/**
 * {@code laserdamage benchmark --solvers …}: each solver climbs the mesh ladder
 * until two successive meshes agree within the tolerance; the numbers are the
 * solver's own, so the assertions check the ladder's logic on real solves.
 */
class EqualAccuracyBenchmarkTest {

	/** The AISI 304 example cut to 6 ms on a 5 mm disc, coarse, so a ladder takes seconds. */
	private static final List<String> SMALL = List.of("solver.endTime=6ms", "solver.outputInterval=1ms", //$NON-NLS-1$ //$NON-NLS-2$
			"solver.maxTimeStep=1ms", "target.radius=5mm", "mesh.radialCells=12", "mesh.radialGrading=5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"target.layers[0].axialCells=12"); //$NON-NLS-1$

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private static String example() {
		return Paths.get("../../examples/aisi304-cw-1kW.ldsim").toAbsolutePath().normalize().toString(); //$NON-NLS-1$
	}

	@Test
	void theLadderStopsAtTheFirstPairOfMeshesThatAgree() throws Exception {
		var library = BuiltInMaterials.load();
		var study = StudyPreparation.prepare(Paths.get(example()), SMALL, library).study();
		EqualAccuracyBenchmark benchmark = new EqualAccuracyBenchmark(study, library,
				List.of("org.laserdamage.solver.builtin"), 0.05, line -> { //$NON-NLS-1$
				});
		EqualAccuracyBenchmark.Result result = benchmark.execute(new NullProgressMonitor());
		EqualAccuracyBenchmark.Ladder ladder = result.ladders().get(0);
		int at = ladder.converged();
		assertTrue(at >= 0, "5 % is reached on the ladder: " + ladder); //$NON-NLS-1$
		assertEquals(at + 2, ladder.levels().size(), "with one solver the ladder stops once a pair agrees"); //$NON-NLS-1$
		assertEquals(at + 1, result.joint(), "one solver agrees with itself"); //$NON-NLS-1$
		assertTrue(benchmark.agree(ladder.levels().get(at), ladder.levels().get(at + 1)));
		for (int i = 0; i < at; i++) {
			assertFalse(benchmark.agree(ladder.levels().get(i), ladder.levels().get(i + 1)), "pair " + i); //$NON-NLS-1$
		}
		EqualAccuracyBenchmark.Level first = ladder.levels().get(0);
		assertEquals(6, first.radialCells(), "half of the 12 radial cells"); //$NON-NLS-1$
		assertEquals(List.of(6), first.axialCells());
		assertTrue(first.meltOnset() > 1e-3 && first.meltOnset() < 6e-3, "melt onset of AISI 304 at 1 kW: " + first); //$NON-NLS-1$
	}

	@Test
	void theCommandPrintsEachSolveAndTheResult() {
		String[] args = { "benchmark", "--solvers", "builtin", "--tolerance", "5%", "--set", SMALL.get(0), "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				SMALL.get(1), "--set", SMALL.get(2), "--set", SMALL.get(3), "--set", SMALL.get(4), "--set", SMALL.get(5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--set", SMALL.get(6), example() }; //$NON-NLS-1$
		assertEquals(0, command.run(args), command.err());
		String out = command.out();
		assertTrue(out.contains("builtin: mesh 6 \u00d7 6: melt onset "), out); //$NON-NLS-1$
		Matcher result = Pattern.compile("(?m)^builtin: mesh (\\d+) \u00d7 (\\d+), melt onset [0-9.]+ ms, peak temperature [0-9.]+ K, solve [0-9.]+ s$") //$NON-NLS-1$
				.matcher(out);
		assertTrue(result.find(), out);
	}

	@Test
	void aBadToleranceNamesTheOptionAndTheFix() {
		assertEquals(2, command.run("benchmark", "--solvers", "builtin", "--tolerance", "lots", example())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(command.err().contains("--tolerance: 'lots' is not a tolerance. Fix:"), command.err()); //$NON-NLS-1$
	}

	@Test
	void aStudyThatNeverMeltsIsRefusedWithTheFix() {
		assertEquals(2, command.run("benchmark", "--solvers", "builtin", "--set", "laser.power=1W", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"solver.endTime=2ms", "--set", "solver.outputInterval=1ms", "--set", "mesh.radialCells=6", "--set", "target.layers[0].axialCells=6", example())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(command.err().contains("does not reach melt onset"), command.err()); //$NON-NLS-1$
	}
}
