package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.report.ComparisonReport;

/**
 * {@code laserdamage compare}: the AISI 304 example on the built-in solver and
 * CalculiX, cut to 6 ms on a 5 mm disc meshed 30 radial × 40 uniform axial
 * cells (25 µm at the surface, fine enough for the solvers to agree: the
 * CalculiX mesh study gives +15 / +3 / +0.8 % melt onset at 10 / 20 / 40 axial
 * cells), with the optics fixed as CalculiX needs them.
 */
class CompareSolversTest {

	/** Measured melt-onset difference on this mesh: +0.62 % (built-in 4.0995 ms, ccx 4.1251 ms, 11 s for both); asserted below 1.5 %. */
	static final double ONSET_TOLERANCE = 0.015;

	private static final String[] SMALL_STUDY = { "--set", "laser.absorptivityOverride=0.35", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"environment.frontEmissivity=0.3", "--set", "environment.backEmissivity=0.3", "--set", "solver.endTime=6ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"--set", "solver.outputInterval=1ms", "--set", "solver.maxTimeStep=1ms", "--set", "target.radius=5mm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"--set", "mesh.radialCells=30", "--set", "mesh.radialGrading=5", "--set", "target.layers[0].axialCells=40" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	@TempDir
	Path tmp;

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private static String example() {
		return Paths.get("../../examples/aisi304-cw-1kW.ldsim").toAbsolutePath().normalize().toString(); //$NON-NLS-1$
	}

	private int compare(String solvers, String... settings) {
		String[] args = new String[6 + settings.length];
		args[0] = "compare"; //$NON-NLS-1$
		args[1] = example();
		args[2] = "--solvers"; //$NON-NLS-1$
		args[3] = solvers;
		args[4] = "--out"; //$NON-NLS-1$
		args[5] = tmp.resolve("cmp").toString(); //$NON-NLS-1$
		System.arraycopy(settings, 0, args, 6, settings.length);
		return command.run(args);
	}

	/** @return the fields of the comparison.csv row of this kind, name and metric */
	static String[] row(List<String> lines, String kind, String name, String metric) {
		return lines.stream().map(l -> l.split(",", -1)).filter(f -> f[0].equals(kind) && f[1].equals(name) //$NON-NLS-1$
				&& f[2].equals(metric)).findFirst().orElseThrow(() -> new AssertionError(kind + " " + name + " " + metric //$NON-NLS-1$ //$NON-NLS-2$
						+ " not in " + lines)); //$NON-NLS-1$
	}

	@Test
	void builtInAndCalculixAgreeOnMeltOnset() throws Exception {
		long start = System.nanoTime();
		assertEquals(0, compare("builtin,calculix", SMALL_STUDY), command.err()); //$NON-NLS-1$
		System.out.printf("compare builtin,calculix took %.1f s:%n%s", (System.nanoTime() - start) * 1e-9, command.out()); //$NON-NLS-1$
		Path out = tmp.resolve("cmp"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(out.resolve(ComparisonReport.HTML)));
		assertTrue(Files.isRegularFile(out.resolve("builtin/summary.json")) //$NON-NLS-1$
				&& Files.isRegularFile(out.resolve("calculix/summary.json")), "one run directory per solver"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> lines = Files.readAllLines(out.resolve(ComparisonReport.CSV));
		assertEquals(ComparisonReport.CSV_HEADER, lines.get(0));
		String[] onset = row(lines, "criterion", "melt-onset", "time"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("builtin", onset[3]); //$NON-NLS-1$
		assertEquals("calculix", onset[4]); //$NON-NLS-1$
		double relative = Double.parseDouble(onset[8]);
		assertTrue(Math.abs(relative) < ONSET_TOLERANCE, "melt onset differs by " + 100 * relative + " %"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Double.parseDouble(row(lines, "probe", "front-centre", "max-abs-difference")[7]) >= 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String printed = command.out();
		assertTrue(printed.contains("melt-onset") && printed.contains(ComparisonReport.HTML) //$NON-NLS-1$
				&& printed.contains("laser.absorptivityOverride=0.35"), "the summary table, the report and the shared settings: " + printed); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anUnknownSolverIsInvalidInputNamingTheChoices() {
		assertEquals(2, compare("builtin,fluent")); //$NON-NLS-1$
		assertTrue(command.err().contains("fluent") && command.err().contains("calculix") //$NON-NLS-1$ //$NON-NLS-2$
				&& command.err().contains("Fix:"), command.err()); //$NON-NLS-1$
		assertFalse(Files.exists(tmp.resolve("cmp"))); //$NON-NLS-1$
	}

	@Test
	void calculixWithoutFixedOpticsIsRefusedBeforeAnyRun() {
		assertEquals(2, compare("builtin,calculix")); //$NON-NLS-1$
		String err = command.err();
		assertTrue(err.contains("calculix") && err.contains("laser.absorptivityOverride") && err.contains("all solvers"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				err);
		assertFalse(Files.exists(tmp.resolve("cmp").resolve("builtin")), "nothing runs before every solver accepts the study"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aCancelledComparisonStopsAndWritesNoReport() throws Exception {
		List<String> settings = List.of("laser.absorptivityOverride=0.35", "environment.frontEmissivity=0.3", //$NON-NLS-1$ //$NON-NLS-2$
				"environment.backEmissivity=0.3", "solver.endTime=6ms", "solver.outputInterval=1ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path study = Paths.get(example());
		Path out = tmp.resolve("cancelled"); //$NON-NLS-1$
		CompareSolversOperation operation = new CompareSolversOperation(StudyPreparation.load(study, settings), study,
				settings, CompareSolversOperation.solverIds("builtin,calculix"), out, BuiltInMaterials.load()); //$NON-NLS-1$
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				setCanceled(true);
			}
		};
		org.junit.jupiter.api.Assertions.assertThrows(OperationCanceledException.class, () -> operation.execute(monitor));
		assertFalse(Files.exists(out.resolve(ComparisonReport.HTML)));
		assertFalse(Files.exists(out.resolve("calculix")), "no solver runs after the cancel"); //$NON-NLS-1$
	}

	@Test
	void fullSolverIdsAreAcceptedAsShortNames() throws Exception {
		assertEquals(List.of("org.laserdamage.solver.builtin", "org.laserdamage.solver.calculix"), //$NON-NLS-1$ //$NON-NLS-2$
				CompareSolversOperation.solverIds("org.laserdamage.solver.builtin, calculix")); //$NON-NLS-1$
	}

	@Test
	void oneSolverIsNotAComparison() {
		assertEquals(2, compare("builtin")); //$NON-NLS-1$
		assertTrue(command.err().contains("two solvers"), command.err()); //$NON-NLS-1$
	}
}
