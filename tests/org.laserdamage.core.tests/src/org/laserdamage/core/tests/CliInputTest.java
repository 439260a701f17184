package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Input the command line refuses up front (exit 2, naming the setting or file), and file names after "--". */
class CliInputTest {

	@TempDir
	Path tmp;

	private String out;
	private String err;

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private int cli(String... args) {
		int code = command.run(args);
		out = command.out();
		err = command.err();
		return code;
	}

	private static Path example(String name) {
		return Paths.get("../../examples", name).toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	private void assertNoInternals() {
		assertFalse((out + err).contains("\tat ") || (out + err).contains("Exception") || (out + err).contains("Impl@"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				out + err);
	}

	@Test
	void aTinyTimeStepIsRefusedBeforeItRunsAway() {
		assertEquals(2, cli("validate", example("al6061-cw-1kW.ldsim").toString(), "--set", "solver.initialTimeStep=1e-300", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--set", "solver.maxTimeStep=1e-300")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(err.contains("solver.initialTimeStep") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("run", example("al6061-cw-1kW.ldsim").toString(), "--set", "solver.maxTimeStep=1e-9", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--set", "solver.initialTimeStep=1e-9", "--out", tmp.resolve("out").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("solver.maxTimeStep") && !err.contains("solver failed"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(tmp.resolve("out"))); //$NON-NLS-1$
		assertNoInternals();
	}

	@Test
	void whatTheSolverWouldRefuseValidateRefusesFirst() {
		assertEquals(2, cli("validate", example("al6061-cw-1kW.ldsim").toString(), "--set", "mesh.radialCells=500000")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("mesh.radialCells") && err.contains("2000000"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("validate", example("al6061-cw-1kW.ldsim").toString(), "--set", "target.initialTemperature=1e6")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("target.initialTemperature"), err); //$NON-NLS-1$
		assertNoInternals();
	}

	@Test
	void aFileNameAfterDoubleDashMayStartWithADash() throws Exception {
		Path dir = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		Path weird = dir.resolve("-weird.ldsim"); //$NON-NLS-1$
		Files.copy(example("al6061-cw-1kW.ldsim"), weird); //$NON-NLS-1$
		assertEquals(0, cli("validate", "--", weird.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("validate", "--set", "laser.power=2kW", "--", weird.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(2, cli("validate", "--", weird.toString(), "--set")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(err.contains("--set"), err); //$NON-NLS-1$
		assertEquals(2, cli("validate", "-weird.ldsim")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(err.contains("-weird.ldsim"), err); //$NON-NLS-1$
	}

	@Test
	void runTakesAFileAfterDoubleDashAndWritesProbeNamesSafeForSpreadsheets() throws Exception {
		Path weird = Files.createDirectories(tmp.resolve("work")).resolve("-weird.ldsim"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.copy(example("aisi304-cw-1kW.ldsim"), weird); //$NON-NLS-1$
		Path run = tmp.resolve("run"); //$NON-NLS-1$
		assertEquals(0, cli("run", "--out", run.toString(), "--set", "probes[0].name=@SUM(A1)", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"mesh.radialCells=8", "--set", "target.layers[0].axialCells=4", "--set", "solver.endTime=20ms", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"solver.outputInterval=10ms", "--", weird.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$
		String header = Files.readAllLines(run.resolve("probes.csv")).get(0); //$NON-NLS-1$
		assertTrue(header.startsWith("time_s,\"'@SUM(A1)\","), header); //$NON-NLS-1$
	}

	@Test
	void benchmarkOfAMissingStudyFailsBeforeBenchmarking() {
		assertEquals(2, cli("benchmark", tmp.resolve("missing.ldsim").toString())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(err.contains("missing.ldsim"), err); //$NON-NLS-1$
		assertFalse(out.contains("== Kernel"), "no benchmark for a missing study: " + out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("benchmark", "a.ldsim", "b.ldsim")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, cli("benchmark", "--", tmp.resolve("-missing.ldsim").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(err.contains("-missing.ldsim"), err); //$NON-NLS-1$
	}

	@Test
	void aBrokenFileIsRefusedWithItsLineAndNoInternals() throws Exception {
		Path bad = tmp.resolve("bad.ldsim"); //$NON-NLS-1$
		Files.writeString(bad, Files.readString(example("al6061-cw-1kW.ldsim")) //$NON-NLS-1$
				.replace("<temporalProfile xsi:type=\"study:ContinuousWave\"/>", "<temporalProfile xsi:type=\"study:Mesh\"/>")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("validate", bad.toString())); //$NON-NLS-1$
		assertTrue(err.contains("line ") && err.contains("laser.temporalProfile") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertNoInternals();
	}
}
