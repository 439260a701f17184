package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The laserdamage command: exit codes, messages, and what it leaves on disk. */
class HeadlessCliTest {

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

	private static String example(String name) {
		return Paths.get("../../examples", name).toAbsolutePath().normalize().toString(); //$NON-NLS-1$
	}

	@Test
	void helpDescribesTheCommands() {
		assertEquals(0, cli("--help")); //$NON-NLS-1$
		assertTrue(out.contains("run STUDY.ldsim") && out.contains("validate") && out.contains("Exit codes"), out); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void examplesValidate() {
		for (String name : new String[] { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"fused-silica-co2.ldsim" }) { //$NON-NLS-1$
			assertEquals(0, cli("validate", example(name)), err); //$NON-NLS-1$
			assertTrue(out.contains("is valid"), out); //$NON-NLS-1$
		}
	}

	@Test
	void malformedStudyExitsWithTwoAndNamesFileAndLine() throws Exception {
		Path bad = tmp.resolve("bad.ldsim"); //$NON-NLS-1$
		Files.writeString(bad, Files.readString(Paths.get(example("al6061-cw-1kW.ldsim"))).replace("<mesh", "<mesh <")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, cli("run", bad.toString(), "--out", tmp.resolve("out").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(err.contains("bad.ldsim") && err.contains("line ") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(Files.exists(tmp.resolve("out")), "nothing may be written for invalid input"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void negativePowerExitsWithTwoAndNamesTheSetting() {
		assertEquals(2, cli("run", example("al6061-cw-1kW.ldsim"), "--set", "laser.power=-500", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				tmp.resolve("out").toString())); //$NON-NLS-1$
		assertTrue(err.contains("laser.power") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void wrongUnitExitsWithTwo() {
		assertEquals(2, cli("validate", example("al6061-cw-1kW.ldsim"), "--set", "laser.power=3mm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("laser.power") && err.contains("kW"), err); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void missingMaterialExitsWithTwo() {
		assertEquals(2, cli("validate", example("al6061-cw-1kW.ldsim"), "--set", "target.layers[0].materialId=vibranium")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("vibranium") && err.contains("al-6061-t6"), err); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void unknownSolverExitsWithTwoAndKeepsExistingOutput() throws Exception {
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		Files.createDirectories(outDir);
		Files.writeString(outDir.resolve("precious.txt"), "keep me"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("run", example("al6061-cw-1kW.ldsim"), "--set", "solver.solverId=ansys.notinstalled", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--out", outDir.toString())); //$NON-NLS-1$
		assertTrue(err.contains("solver.solverId") && err.contains("org.laserdamage.solver.builtin"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("keep me", Files.readString(outDir.resolve("precious.txt"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void runWritesResultsAndKeepsPreviousContents() throws Exception {
		Path outDir = tmp.resolve("run"); //$NON-NLS-1$
		Files.createDirectories(outDir);
		Files.writeString(outDir.resolve("precious.txt"), "keep me"); //$NON-NLS-1$ //$NON-NLS-2$
		int code = cli("run", example("aisi304-cw-1kW.ldsim"), "--out", outDir.toString(), "--set", "mesh.radialCells=30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--set", "target.layers[0].axialCells=10"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, code, err);
		for (String file : new String[] { "summary.json", "probes.csv", "report.html", "fields/index.csv" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(Files.size(outDir.resolve(file)) > 0, file);
		}
		assertTrue(out.contains("melt-through") && out.contains("Report:"), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("moved to"), out); //$NON-NLS-1$
		try (Stream<Path> siblings = Files.list(tmp)) { // the run and its moved-aside predecessor
			Path previous = siblings.filter(p -> p.getFileName().toString().startsWith("run.previous-")).findFirst() //$NON-NLS-1$
					.orElseThrow();
			assertEquals("keep me", Files.readString(previous.resolve("precious.txt"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String progress = out.lines().filter(l -> l.endsWith("%")).reduce((a, b) -> b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(progress.endsWith("100%"), "plain progress lines expected when not on a terminal: " + out); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
