package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.DeadRuns;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunMarker;

/**
 * Output folders a run must refuse before it does any work (it would move
 * the user's folder, the study or the material database aside), and the
 * folders of killed runs.
 */
class OutputFolderTest {

	private static final String[] COARSE = { "--set", "mesh.radialCells=20", "--set", "target.layers[0].axialCells=8" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	Path tmp;

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private Path data;
	private Path study;
	private String out;
	private String err;

	@BeforeEach
	void useATemporaryLibraryAndStudy() throws IOException {
		data = command.data();
		Path studies = Files.createDirectories(tmp.resolve("studies")); //$NON-NLS-1$
		study = studies.resolve("plate.ldsim"); //$NON-NLS-1$
		Files.copy(Paths.get("../../examples/al6061-cw-1kW.ldsim"), study); //$NON-NLS-1$
		Files.writeString(studies.resolve("notes.txt"), "my notes"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("validate", study.toString()), err); // creates the material database //$NON-NLS-1$
	}

	private int cli(String... args) {
		int code = command.run(args);
		out = command.out();
		err = command.err();
		return code;
	}

	private int run(String outFolder) {
		List<String> args = new ArrayList<>(List.of("run", study.toString(), "--out", outFolder)); //$NON-NLS-1$ //$NON-NLS-2$
		args.addAll(List.of(COARSE));
		return cli(args.toArray(String[]::new));
	}

	@Test
	void dangerousFoldersAreRefusedAndNothingMoves() throws IOException {
		Path cwd = Paths.get("").toAbsolutePath(); //$NON-NLS-1$
		List<String> refused = List.of("", " ", ".", "..", "/", cwd.toString(), cwd.getParent().toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				System.getProperty("user.home"), study.toString(), study.getParent().toString(), tmp.toString(), //$NON-NLS-1$
				data.toString(), data.resolve("materials").toString(), data.resolve("somewhere/inside").toString(), //$NON-NLS-1$ //$NON-NLS-2$
				study.getParent().resolve("notes.txt").toString(), "/proc"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String folder : refused) {
			Map<String, Long> before = tree(tmp);
			assertEquals(2, run(folder), "--out '" + folder + "': " + out + err); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(err.contains("is refused") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(out.contains("Running study"), "refused before any work: " + out); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(before, tree(tmp), "nothing moved or written for --out '" + folder + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aParentThatIsAFileIsFoundBeforeTheSolve() throws IOException {
		Path file = Files.writeString(tmp.resolve("a-file"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Long> before = tree(tmp);
		assertEquals(2, run(file.resolve("run").toString()), out + err); //$NON-NLS-1$
		assertTrue(err.contains("is not a folder") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(out.contains("Running study"), out); //$NON-NLS-1$
		assertFalse(err.contains("kept in"), "never names a folder that was not created: " + err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(before, tree(tmp));
	}

	@Test
	void missingParentsAreCreated() {
		Path target = tmp.resolve("new/deeper/run"); //$NON-NLS-1$
		assertEquals(0, run(target.toString()), err);
		assertTrue(Files.isRegularFile(target.resolve("summary.json"))); //$NON-NLS-1$
		assertFalse(Files.exists(target.resolve(RunMarker.FILE_NAME)), "a published run has no marker"); //$NON-NLS-1$
	}

	@Test
	void onlyFoldersOfDeadProcessesAreDeadRuns() throws Exception {
		Path runs = Files.createDirectories(tmp.resolve("runs")); //$NON-NLS-1$
		Path alive = Files.createDirectories(runs.resolve("a.incomplete-1")); //$NON-NLS-1$
		RunMarker.ofThisProcess(java.time.Instant.now()).writeTo(alive);
		Path dead = Files.createDirectories(runs.resolve("b.incomplete-2")); //$NON-NLS-1$
		Process ended = new ProcessBuilder("true").start(); //$NON-NLS-1$
		ended.waitFor();
		ProcessIdentity endedProcess = new ProcessIdentity(ProcessIdentity.current().host(), ended.pid(),
				ProcessIdentity.startOf(ended.toHandle()));
		new RunMarker(endedProcess, java.time.Instant.now(), "test").writeTo(dead); //$NON-NLS-1$
		Files.writeString(dead.resolve("probes.csv"), "t,T\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Path foreign = Files.createDirectories(runs.resolve("c.incomplete-3")); //$NON-NLS-1$

		List<DeadRuns.DeadRun> found = DeadRuns.in(runs);
		assertEquals(List.of(dead), found.stream().map(DeadRuns.DeadRun::folder).toList());
		assertEquals(0, cli("cleanup", "--delete", runs.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(dead));
		assertTrue(Files.exists(alive) && Files.exists(foreign), "a live run and a folder without marker stay"); //$NON-NLS-1$
	}

	/** Every path below {@code dir} with its size (folders -1). */
	private static Map<String, Long> tree(Path dir) throws IOException {
		Map<String, Long> entries = new TreeMap<>();
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.toList()) {
				entries.put(dir.relativize(p).toString(), Files.isDirectory(p) ? -1L : Files.size(p));
			}
		}
		return entries;
	}
}
