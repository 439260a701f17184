package org.laserdamage.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.headless.Cli;

/**
 * Feeds mutated example studies to {@code laserdamage validate} (and a few
 * that validate to {@code run}, on a coarse mesh) in-process. For every case:
 * exit 0 only for a valid study, exit 2 with a message naming the setting or
 * the line, no stack trace or internal class name, no hang, and nothing
 * written outside the run's --out folder. Bounded (fixed seed, a few hundred
 * cases, a timeout per case) so it runs with the normal suite.
 */
@Tag("fuzz")
class HeadlessFuzzTest {

	private static final long SEED = 20_261_202L;
	private static final int CASES = 600;
	private static final int RUNS = 16;
	private static final long TIMEOUT_SECONDS = 60;
	private static final String DATA = "laserdamage.data"; //$NON-NLS-1$
	private static final String[] EXAMPLES = { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** A run of a valid case: coarse and short, so that it ends in seconds. */
	private static final List<String> COARSE = List.of("--set", "mesh.radialCells=8", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"target.layers[0].axialCells=4", "--set", "solver.endTime=20ms", "--set", "solver.outputInterval=10ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Pattern LINE = Pattern.compile("line \\d+"); //$NON-NLS-1$
	private static final Pattern SETTING = Pattern.compile(
			"\\b(name|description|laser|target|environment|mesh|solver|damageCriteria|probes)(\\[\\d+\\])?[.:]|--set \\S"); //$NON-NLS-1$
	/** Problems of the file as a whole, which the message names by the file. */
	private static final Pattern FILE_LEVEL = Pattern.compile(
			"top-level elements|does not contain a study|is not a study file|bytes; study files|at the end: "); //$NON-NLS-1$
	private static final List<String> FORBIDDEN = List.of("\tat ", "Exception", "Impl@", "org.xml", "org.eclipse.emf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"java.lang", "serializeSpecialFloatingPointValues", "The solver failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@TempDir
	Path tmp;

	private String previousData;
	private ExecutorService executor;

	@BeforeEach
	void setUp() {
		previousData = System.getProperty(DATA);
		System.setProperty(DATA, tmp.resolve("data").toString()); //$NON-NLS-1$
		executor = newExecutor();
	}

	@AfterEach
	void tearDown() {
		executor.shutdownNow();
		if (previousData == null) {
			System.clearProperty(DATA);
		} else {
			System.setProperty(DATA, previousData);
		}
	}

	private static ExecutorService newExecutor() {
		return Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "fuzz case"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
	}

	private record Result(int code, String out, String err) {
	}

	@Test
	void mutatedStudiesAreRefusedCleanlyOrRunCleanly() throws Exception {
		List<String> examples = new ArrayList<>();
		for (String name : EXAMPLES) {
			examples.add(Files.readString(Paths.get("../../examples", name))); //$NON-NLS-1$
		}
		Path work = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		Path outs = Files.createDirectories(tmp.resolve("outs")); //$NON-NLS-1$
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int runs = 0;
		long started = System.nanoTime();
		Map<Path, String> bundle = tree(Paths.get("").toAbsolutePath(), Paths.get("target").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		List<FuzzCase> cases = new StudyMutator(SEED, examples).cases(CASES);
		for (int n = 0; n < cases.size(); n++) {
			FuzzCase c = cases.get(n);
			Path file = work.resolve("case-" + n + ".ldsim"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.write(file, c.bytes());
			String label = "case " + n + " " + c.kind() + " [" + c.what() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List<String> args = new ArrayList<>(List.of("validate")); //$NON-NLS-1$
			c.overrides().forEach(o -> args.addAll(List.of("--set", o))); //$NON-NLS-1$
			args.addAll(List.of("--", file.toString())); //$NON-NLS-1$
			Map<Path, String> before = tree(tmp, outs);
			Result validate = cli(args, label, failures);
			if (validate == null) {
				count(outcomes, c.kind() + ":hang"); //$NON-NLS-1$
				continue;
			}
			check(label, validate, failures);
			if (validate.code() == Cli.OK && c.mustFail()) {
				failures.add(label + ": validated although it cannot be valid: " + validate.out());
			}
			String outcome = validate.code() == Cli.OK ? "valid" : validate.code() == Cli.INVALID ? "invalid" : "exit " + validate.code(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (validate.code() == Cli.OK && runs < RUNS && fast(c)) {
				runs++;
				Path out = outs.resolve("case-" + n); //$NON-NLS-1$
				List<String> run = new ArrayList<>(List.of("run", "--out", out.toString())); //$NON-NLS-1$ //$NON-NLS-2$
				c.overrides().forEach(o -> run.addAll(List.of("--set", o))); //$NON-NLS-1$
				run.addAll(COARSE);
				run.addAll(List.of("--", file.toString())); //$NON-NLS-1$
				List<String> existing = names(outs);
				Result result = cli(run, label + " run", failures); //$NON-NLS-1$
				outcome = result == null ? "run hang" : result.code() == Cli.OK ? "ran" : "run exit " + result.code(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (result != null) {
					check(label + " run", result, failures); //$NON-NLS-1$
				}
				String own = "case-" + n; //$NON-NLS-1$
				names(outs).stream().filter(name -> !existing.contains(name))
						.filter(name -> !name.equals(own) && !name.startsWith(own + ".")) //$NON-NLS-1$
						.forEach(name -> failures.add(label + ": run wrote " + name + " beside its --out folder")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			count(outcomes, c.kind() + ":" + outcome); //$NON-NLS-1$
			Map<Path, String> after = tree(tmp, outs);
			if (!before.equals(after)) {
				failures.add(label + ": files outside --out changed: " + difference(before, after));
			}
		}
		if (!bundle.equals(tree(Paths.get("").toAbsolutePath(), Paths.get("target").toAbsolutePath()))) { //$NON-NLS-1$ //$NON-NLS-2$
			failures.add("files changed in the working directory " + Paths.get("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double seconds = (System.nanoTime() - started) * 1e-9;
		System.out.println(String.format(java.util.Locale.ROOT, "Fuzz summary (seed %d, %d cases, %d runs, %.0f s): %s", //$NON-NLS-1$
				SEED, cases.size(), runs, seconds, outcomes));
		assertEquals(List.of(), failures, failures.size() + " failure(s)"); //$NON-NLS-1$
		assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith(":invalid")), outcomes.toString()); //$NON-NLS-1$
		assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith(":ran")), outcomes.toString()); //$NON-NLS-1$
	}

	/** Runs only cases whose mutation cannot make the coarse run slow (huge probe counts, pulse trains). */
	private static boolean fast(FuzzCase c) {
		return !c.kind().equals("size") && c.bytes().length < 100_000; //$NON-NLS-1$
	}

	private Result cli(List<String> args, String label, List<String> failures) throws Exception {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
		Future<Integer> code = executor.submit(() -> new Cli(out, err, false).run(args.toArray(String[]::new)));
		try {
			return new Result(code.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), o.toString(StandardCharsets.UTF_8),
					e.toString(StandardCharsets.UTF_8));
		} catch (TimeoutException t) {
			code.cancel(true);
			executor.shutdownNow();
			executor = newExecutor();
			failures.add(label + ": no answer within " + TIMEOUT_SECONDS + " s"); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	private static void check(String label, Result r, List<String> failures) {
		String all = r.out() + r.err();
		for (String f : FORBIDDEN) {
			if (all.contains(f)) {
				failures.add(label + ": output contains '" + f.strip() + "': " + shorten(all)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (r.code() != Cli.OK && r.code() != Cli.INVALID) {
			failures.add(label + ": exit " + r.code() + ": " + shorten(r.err())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (r.code() == Cli.INVALID && !(LINE.matcher(r.err()).find() || SETTING.matcher(r.err()).find()
				|| FILE_LEVEL.matcher(r.err()).find())) {
			failures.add(label + ": the message names neither a line nor a setting: " + shorten(r.err())); //$NON-NLS-1$
		}
		if (r.code() == Cli.INVALID && !r.err().contains("Fix:")) { //$NON-NLS-1$
			failures.add(label + ": the message gives no fix: " + shorten(r.err())); //$NON-NLS-1$
		}
	}

	private static String shorten(String text) {
		return text.length() <= 600 ? text : text.substring(0, 600) + "..."; //$NON-NLS-1$
	}

	private static void count(Map<String, Integer> outcomes, String key) {
		outcomes.merge(key, 1, Integer::sum);
	}

	/** @return every file below {@code root} but those below {@code skip} and the material database, with size and time */
	private static Map<Path, String> tree(Path root, Path skip) throws IOException {
		Map<Path, String> files = new TreeMap<>();
		Path data = root.resolve("data"); //$NON-NLS-1$
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				if (!p.startsWith(data) && (!p.startsWith(skip) || p.equals(skip))) {
					files.put(p, Files.isDirectory(p) ? "dir" : Files.size(p) + "@" + Files.getLastModifiedTime(p)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return files;
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.map(p -> p.getFileName().toString()).toList();
		}
	}

	private static String difference(Map<Path, String> before, Map<Path, String> after) {
		List<String> changes = new ArrayList<>();
		after.forEach((p, v) -> {
			if (!v.equals(before.get(p))) {
				changes.add("+" + p); //$NON-NLS-1$
			}
		});
		before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p -> changes.add("-" + p)); //$NON-NLS-1$
		return changes.toString();
	}
}
