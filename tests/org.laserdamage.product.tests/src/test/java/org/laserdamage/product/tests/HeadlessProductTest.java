package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headless product as separate processes: a run that does not succeed
 * never exits 0, signals cancel it cleanly, a killed run is found again, and
 * several processes share the embedded material database.
 */
class HeadlessProductTest {

	/** A study that runs long enough (tens of seconds) to be interrupted, within the limit of 10,000 field snapshots. */
	private static final String[] SLOW = { "--set", "solver.endTime=100s", "--set", "mesh.radialCells=200", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--set", "target.layers[0].axialCells=100", "--set", "solver.outputInterval=20ms" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	Path tmp;

	private Path work;
	private Path data;
	private Product product;

	@BeforeEach
	void freshFolders() throws IOException {
		work = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		data = tmp.resolve("data"); //$NON-NLS-1$
		product = new Product(work, data);
	}

	private static String[] args(String[] first, String... rest) {
		return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
	}

	@Test
	void outOfMemoryExitsOneWithAMessageAndLeavesOutUntouched() throws Exception {
		Path out = Files.createDirectories(work.resolve("out")); //$NON-NLS-1$
		Files.writeString(out.resolve("earlier.txt"), "results of an earlier run"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> before = snapshot(out);
		Product.Result r = product.withJavaOptions("-Xmx64m").run(300, "run", Product.example("al6061-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--out", "out", "--set", "mesh.radialCells=400", "--set", "target.layers[0].axialCells=400"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(1, r.exitCode(), r.all());
		assertTrue(r.err().contains("out of memory") && r.err().contains("LASERDAMAGE_JAVA_OPTS"), r.err()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(r.all().contains("\tat "), "no stack trace for the user: " + r.all()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(before, snapshot(out), "--out is untouched"); //$NON-NLS-1$
		assertEquals(1, siblings("out.failed-").size(), "the partial results are kept and named failed"); //$NON-NLS-1$ //$NON-NLS-2$
		Path log = data.resolve("logs/laserdamage.log"); //$NON-NLS-1$
		assertTrue(r.err().contains(log.toString()), "the message names the log: " + r.err()); //$NON-NLS-1$
		assertTrue(Files.readString(log).contains("java.lang.OutOfMemoryError"), "the log has the stack trace"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@CsvSource({ "INT, 2, 130", "TERM, 15, 143", "HUP, 1, 129" })
	void aSignalCancelsTheRunAndKeepsItsPartialResults(String signal, int number, int expectedExit) throws Exception {
		Product.Running running = product.start(args(new String[] { "run", Product.example("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$
				"--out", "out" }, SLOW)); //$NON-NLS-1$ //$NON-NLS-2$
		running.awaitOutput(o -> o.contains("0%"), 60); //$NON-NLS-1$
		Thread.sleep(1500);
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(running.pid())).inheritIO().start(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, kill.waitFor());
		Product.Result r = running.await(60);
		assertEquals(expectedExit, r.exitCode(), r.all());
		List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
		assertEquals(1, lines.size(), "one line: " + r.err()); //$NON-NLS-1$
		List<Path> kept = siblings("out.cancelled-"); //$NON-NLS-1$
		assertEquals(1, kept.size(), "the documented folder name: " + list(work)); //$NON-NLS-1$
		assertTrue(lines.get(0).contains("SIG" + signal) && lines.get(0).contains(kept.get(0).toString()), lines.get(0)); //$NON-NLS-1$
		assertTrue(Files.exists(kept.get(0).resolve("probes.csv")), "the partial probes are kept"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(work.resolve("out")), "--out untouched (it did not exist)"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(siblings("out.incomplete-").isEmpty(), "no folder claims to be running: " + list(work)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aKilledRunIsFoundAndCanBeCleanedUp() throws Exception {
		Files.createDirectories(work.resolve("mine.incomplete-20200101-000000-000")); //$NON-NLS-1$
		Product.Running running = product.start(args(new String[] { "run", Product.example("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$
				"--out", "out" }, SLOW)); //$NON-NLS-1$ //$NON-NLS-2$
		running.awaitOutput(o -> o.contains("0%"), 60); //$NON-NLS-1$
		Product.Result whileRunning = product.run(60, "cleanup", work.toString()); //$NON-NLS-1$
		assertEquals(0, whileRunning.exitCode(), whileRunning.all());
		assertTrue(whileRunning.out().contains("No folders"), "a run that goes on is not dead: " + whileRunning.out()); //$NON-NLS-1$ //$NON-NLS-2$

		running.process().destroyForcibly(); // SIGKILL: no chance to clean up
		running.process().waitFor();
		List<Path> left = siblings("out.incomplete-"); //$NON-NLS-1$
		assertEquals(1, left.size(), "the killed run's folder says it is incomplete: " + list(work)); //$NON-NLS-1$

		Product.Result listed = product.run(60, "cleanup", work.toString()); //$NON-NLS-1$
		assertTrue(listed.out().contains(left.get(0).toString()) && listed.out().contains("--delete"), listed.out()); //$NON-NLS-1$
		assertTrue(Files.exists(left.get(0)), "listing deletes nothing"); //$NON-NLS-1$
		Product.Result deleted = product.run(60, "cleanup", "--delete", work.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, deleted.exitCode(), deleted.all());
		assertFalse(Files.exists(left.get(0)), deleted.out());
		assertTrue(Files.exists(work.resolve("mine.incomplete-20200101-000000-000")), //$NON-NLS-1$
				"a folder without the run marker is never deleted"); //$NON-NLS-1$
	}

	@Test
	void sixRunsThreeAtATimeShareAFreshDataFolder() throws Exception {
		String script = "printf '%s\\n' 1 2 3 4 5 6 | xargs -P 3 -I N \"$LD\" run \"$STUDY\" --out out-N"; //$NON-NLS-1$
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(work.toFile()); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("LD", Product.HOME.resolve("laserdamage").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("STUDY", Product.example("al6061-cw-1kW.ldsim")); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("LASERDAMAGE_DATA", data.toString()); //$NON-NLS-1$
		Path log = tmp.resolve("xargs.txt"); //$NON-NLS-1$
		Process p = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "six runs within 5 minutes"); //$NON-NLS-1$
		String output = Files.readString(log);
		assertEquals(0, p.exitValue(), output);
		for (int i = 1; i <= 6; i++) {
			assertTrue(Files.isRegularFile(work.resolve("out-" + i).resolve("summary.json")), "run " + i + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		assertFalse(output.contains("in use by process"), output); //$NON-NLS-1$
	}

	private List<Path> siblings(String prefix) throws IOException {
		try (Stream<Path> s = Files.list(work)) {
			return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
		}
	}

	private static String list(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
	}

	/** Every file below {@code dir} with its content, to compare a folder before and after. */
	static Map<String, String> snapshot(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
			}
		}
		return files;
	}
}
