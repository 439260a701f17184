package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.headless.Cli;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;

/**
 * {@code laserdamage run} through the job model ({@code --solver}, {@code --on},
 * {@code --timeout}, {@code --option}), {@code laserdamage jobs} and the node
 * command {@code job-attempt}, each against the job list of a fresh data folder.
 */
class JobsCliTest {

	/** The AISI 304 example on a coarse mesh: a run of well under a second. */
	private static final String[] QUICK = { "--set", "mesh.radialCells=30", "--set", "target.layers[0].axialCells=10" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The same on a fine mesh for 100 s: runs for tens of seconds unless stopped. */
	private static final String[] SLOW = { "--set", "solver.endTime=100s", "--set", "solver.outputInterval=1s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--set", "mesh.radialCells=200", "--set", "target.layers[0].axialCells=100" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Fixed optics, which CalculiX needs. */
	private static final String[] FIXED_OPTICS = { "--set", "laser.absorptivityOverride=0.35", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"environment.frontEmissivity=0.3", "--set", "environment.backEmissivity=0.3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@TempDir
	Path tmp;

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private String out;
	private String err;

	private int cli(String... args) {
		int code = command.run(args);
		out = command.out();
		err = command.err();
		return code;
	}

	private static String aisi() {
		return Paths.get("../../examples", "aisi304-cw-1kW.ldsim").toAbsolutePath().normalize().toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String[] args(String[] a, String[]... more) {
		Stream<String> all = Stream.of(a);
		for (String[] m : more) {
			all = Stream.concat(all, Stream.of(m));
		}
		return all.toArray(String[]::new);
	}

	private FileJobStore store() {
		return new FileJobStore(command.data().resolve("jobs")); //$NON-NLS-1$
	}

	private List<Job> jobs() throws Exception {
		return store().list();
	}

	@Test
	void aRunBecomesAJobThatTheListShows() throws Exception {
		Path outDir = tmp.resolve("run"); //$NON-NLS-1$
		assertEquals(0, cli(args(new String[] { "run", aisi(), "--out", outDir.toString(), "--on", "local", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--solver", "builtin" }, QUICK)), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("melt-through") && out.contains("Results: " + outDir), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.isRegularFile(outDir.resolve("summary.json"))); //$NON-NLS-1$
		assertTrue(Files.readString(outDir.resolve("summary.json")).contains("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$
				"the summary names the study file as given, not the job's frozen copy"); //$NON-NLS-1$
		List<Job> jobs = jobs();
		assertEquals(1, jobs.size());
		Job job = jobs.get(0);
		assertEquals(RunState.SUCCEEDED, job.state());
		assertEquals(outDir, job.result());
		assertEquals("org.laserdamage.solver.builtin", job.spec().solverId()); //$NON-NLS-1$

		assertEquals(0, cli("jobs")); //$NON-NLS-1$
		String row = out.lines().filter(l -> l.startsWith(job.id())).findFirst().orElseThrow(() -> new AssertionError(out));
		for (String column : new String[] { "builtin", "local", "SUCCEEDED", "100%", outDir.toString() }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(row.contains(column), column + " in " + out);
		}
		assertTrue(out.lines().findFirst().orElse("").contains("REASON"), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("jobs", "list", "--state", "failed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertFalse(out.contains(job.id()), out);
		assertEquals(0, cli("jobs", "show", job.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("SUCCEEDED") && out.contains("aisi-304 v") && out.contains(outDir.toString()), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("jobs", "log", job.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("no solver log"), out); //$NON-NLS-1$
	}

	@Test
	void aRunElsewhereShowsWhyItWaitsAndIsPublishedToOut() throws Exception {
		Path outDir = Files.createDirectories(tmp.resolve("out")); //$NON-NLS-1$
		Files.writeString(outDir.resolve("earlier.txt"), "an earlier run"); //$NON-NLS-1$ //$NON-NLS-2$
		ElsewhereTestPlace.REASONS.addAll(List.of("test place: node busy", "test place: node busy", //$NON-NLS-1$ //$NON-NLS-2$
				"test place: Priority")); //$NON-NLS-1$
		try {
			assertEquals(0, cli(args(new String[] { "run", aisi(), "--out", outDir.toString(), "--on", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ElsewhereTestPlace.ID }, QUICK)), err);
		} finally {
			ElsewhereTestPlace.REASONS.clear();
		}
		assertEquals(1, out.lines().filter("Waiting: test place: node busy"::equals).count(), "each reason once: " + out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, out.lines().filter("Waiting: test place: Priority"::equals).count(), out); //$NON-NLS-1$
		assertTrue(out.indexOf("node busy") < out.indexOf("Priority") && out.contains("on test-elsewhere: 100%"), out); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(out.contains("melt-through") && out.contains("Results: " + outDir) && out.contains("moved to"), out); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Job job = jobs().get(0);
		assertEquals(RunState.SUCCEEDED, job.state());
		assertEquals(store().attemptFolder(job.id(), 1), job.result(), "the job keeps its attempt's run directory"); //$NON-NLS-1$
		assertEquals(Files.readString(job.result().resolve("probes.csv")), Files.readString(outDir.resolve("probes.csv"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(outDir.resolve("earlier.txt")), "the previous contents are moved aside"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Stream<Path> s = Files.list(tmp)) {
			List<String> names = s.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.stream().anyMatch(n -> n.startsWith("out.previous-")), names.toString()); //$NON-NLS-1$
			assertTrue(names.stream().noneMatch(n -> n.contains(".incomplete-")), names.toString()); //$NON-NLS-1$
		}
	}

	@Test
	void invalidInputCreatesNoJob() throws Exception {
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--set", "laser.power=-5")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--solver", "nosuchsolver")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("--solver") && err.contains("nosuchsolver") && err.contains("builtin") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				&& err.contains("calculix"), err); //$NON-NLS-1$
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--on", "mars")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("mars") && err.contains("local"), "names the known places: " + err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--timeout", "soon")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("--timeout") && err.contains("soon") && err.contains("Fix:") && err.contains("2h"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--option", "executable")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("--option") && err.contains("KEY=VALUE"), err); //$NON-NLS-1$ //$NON-NLS-2$
		// CalculiX refuses temperature-dependent optics before any job exists
		assertEquals(2, cli("run", aisi(), "--out", outDir.toString(), "--solver", "calculix")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("laser.absorptivityOverride"), err); //$NON-NLS-1$
		assertEquals(List.of(), jobs(), "no job for invalid input"); //$NON-NLS-1$
		assertFalse(Files.exists(outDir));
	}

	@Test
	void aRunLongerThanItsTimeoutFailsNamingTheOption() throws Exception {
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		long start = System.nanoTime();
		assertEquals(1, cli(args(new String[] { "run", aisi(), "--out", outDir.toString(), "--timeout", "1s" }, SLOW))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "stopped soon after the timeout"); //$NON-NLS-1$
		assertTrue(err.contains("--timeout 1s") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(outDir), "--out untouched"); //$NON-NLS-1$
		try (Stream<Path> s = Files.list(tmp)) {
			assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("out.cancelled-")), "partial results kept"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Job job = jobs().get(0);
		assertEquals(RunState.FAILED, job.state());
		assertTrue(job.reason().contains("timed out"), job.reason()); //$NON-NLS-1$
		Path attempt = store().attemptFolder(job.id(), 1);
		assertTrue(Files.isSymbolicLink(attempt) && Files.readSymbolicLink(attempt).getFileName().toString()
				.startsWith("out.cancelled-"), "the attempt folder leads to the partial results"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.isRegularFile(attempt.resolve("probes.csv"))); //$NON-NLS-1$
	}

	@Test
	void aSolverOptionReachesTheSolverAndItsLogTheJob() throws Exception {
		Path fake = tmp.resolve("fake-ccx-for-a-test"); //$NON-NLS-1$
		Files.writeString(fake, "#!/bin/sh\necho 'fake ccx of JobsCliTest: *ERROR in the deck, as a test'\nexit 3\n"); //$NON-NLS-1$
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		assertEquals(1, cli(args(new String[] { "run", aisi(), "--out", outDir.toString(), "--solver", "calculix", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--option", "executable=" + fake }, QUICK, FIXED_OPTICS)), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(outDir), "--out untouched"); //$NON-NLS-1$
		Job job = jobs().get(0);
		assertEquals(RunState.FAILED, job.state());
		assertEquals(fake.toString(), job.spec().solverOptions().get("executable")); //$NON-NLS-1$
		assertEquals("org.laserdamage.solver.calculix", job.spec().solverId()); //$NON-NLS-1$
		assertEquals(0, cli("jobs", "log", job.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("FAILED") && out.contains("fake ccx of JobsCliTest"), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("jobs", "show", job.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("executable=" + fake) && out.contains("fake ccx of JobsCliTest"), out); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void jobsCancelFromAnotherCommandStopsTheRun() throws Exception {
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		CompletableFuture<Integer> running = startSlowRun(outDir);
		Job job = awaitState(RunState.RUNNING, 60);
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
				false).run(new String[] { "jobs", "cancel", job.id() }); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, code, o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8));
		assertTrue(o.toString(StandardCharsets.UTF_8).contains("CANCELLED"), o.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
		assertEquals(130, running.get(60, TimeUnit.SECONDS), out + err);
		assertTrue(err.contains("jobs cancel " + job.id()) && err.contains("out.cancelled-"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(RunState.CANCELLED, store().find(job.id()).orElseThrow().state());
		assertFalse(Files.exists(outDir));
		assertEquals(0, cli("jobs", "cancel", job.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains("already ended"), out); //$NON-NLS-1$
	}

	@Test
	void aCancelRequestThroughTheStoreStopsTheRun() throws Exception {
		Path outDir = tmp.resolve("out"); //$NON-NLS-1$
		CompletableFuture<Integer> running = startSlowRun(outDir);
		Job job = awaitState(RunState.RUNNING, 60);
		store().requestCancel(job.id());
		assertEquals(130, running.get(60, TimeUnit.SECONDS), out + err);
		assertEquals(RunState.CANCELLED, store().find(job.id()).orElseThrow().state());
	}

	@Test
	void aJobWhoseProcessEndedWhileRunningIsListedAsFailed() throws Exception {
		Job job = createJob();
		ProcessIdentity gone = new ProcessIdentity(ProcessIdentity.current().host(), Long.MAX_VALUE / 2, "long ago"); //$NON-NLS-1$
		store().update(job.id(), j -> j.startingAttempt(1, gone));
		assertEquals(RunState.RUNNING, store().find(job.id()).orElseThrow().state());
		assertEquals(0, cli("jobs", "list")); //$NON-NLS-1$ //$NON-NLS-2$
		String row = out.lines().filter(l -> l.startsWith(job.id())).findFirst().orElseThrow(() -> new AssertionError(out));
		assertTrue(row.contains("FAILED") && row.contains("ended while it ran"), row); //$NON-NLS-1$ //$NON-NLS-2$

		Job queued = createJob();
		store().update(queued.id(), j -> j.ownedBy(gone));
		assertEquals(0, cli("jobs", "list", "--state", "queued")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(out.contains(queued.id()) && out.contains("has ended") && !out.contains(job.id()), out); //$NON-NLS-1$
		assertEquals(RunState.QUEUED, store().find(queued.id()).orElseThrow().state(), "left for the workbench to adopt"); //$NON-NLS-1$
		assertEquals(0, cli("jobs", "cancel", queued.id())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(RunState.CANCELLED, store().find(queued.id()).orElseThrow().state(), out);
	}

	@Test
	void jobAttemptRunsAStoredJobIntoItsAttemptFolder() throws Exception {
		Job job = createJob();
		Path folder = store().root().resolve(job.id());
		assertEquals(0, cli("job-attempt", "--job-folder", folder.toString(), "--attempt", "1"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path attempt = store().attemptFolder(job.id(), 1);
		for (String file : new String[] { "summary.json", "probes.csv", "report.html", "fields/index.csv" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(Files.isRegularFile(attempt.resolve(file)), file);
		}
		assertTrue(out.contains("100%") && out.contains("Results: " + attempt), out); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(RunState.QUEUED, store().find(job.id()).orElseThrow().state(), "the job's state is its place's"); //$NON-NLS-1$

		assertEquals(2, cli("job-attempt", "--job-folder", tmp.toString(), "--attempt", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("not the folder of a job"), err); //$NON-NLS-1$
		assertEquals(2, cli("job-attempt", "--job-folder", folder.toString(), "--attempt", "0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("--attempt"), err); //$NON-NLS-1$
		assertEquals(2, cli("job-attempt", "--attempt", "2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void helpDescribesTheJobCommands() {
		assertEquals(0, cli("help")); //$NON-NLS-1$
		for (String text : new String[] { "--solver", "--on", "--timeout", "--option", "jobs [list]", "jobs cancel", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"job-attempt --job-folder DIR --attempt N", "Internal" }) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(out.contains(text), text);
		}
		assertEquals(2, cli("jobs", "show", "no-such-job")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(err.contains("no-such-job") && err.contains("jobs list"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("jobs", "list", "--state", "sleeping")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.contains("RUNNING"), err); //$NON-NLS-1$
	}

	/** A quick job of the AISI 304 example, created through the store as another process would. */
	private Job createJob() throws Exception {
		Study study = StudyIO.load(Path.of(aisi()));
		study.getMesh().setRadialCells(30);
		study.getTarget().getLayers().get(0).setAxialCells(10);
		IMaterialLibrary library = MaterialStores.snapshotDefault(s -> {
		});
		List<Material> materials = study.getTarget().getLayers().stream().map(Layer::getMaterialId).distinct()
				.map(id -> library.find(id).orElseThrow()).toList();
		return store().create(study, materials, JobSpec.local("org.laserdamage.solver.builtin")); //$NON-NLS-1$
	}

	/** Starts a run of tens of seconds on another thread; its exit code completes the future. */
	private CompletableFuture<Integer> startSlowRun(Path outDir) {
		return CompletableFuture.supplyAsync(() -> cli(args(new String[] { "run", aisi(), "--out", outDir.toString() }, SLOW))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Job awaitState(RunState state, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		IJobStore store = store();
		while (System.nanoTime() < end) {
			if (Files.isDirectory(store().root())) {
				for (Job j : store.list()) {
					if (j.state() == state) {
						return j;
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no job reached " + state + ": " + store.list()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
