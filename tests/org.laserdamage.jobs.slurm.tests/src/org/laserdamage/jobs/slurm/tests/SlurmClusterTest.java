package org.laserdamage.jobs.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.slurm.SlurmPlace;
import org.laserdamage.jobs.slurm.SlurmSettings;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.solver.SolverOptions;

/**
 * The Slurm place against a real Slurm: the single-node cluster that
 * {@code eval "$(releng/scripts/start-test-slurm.sh)"} starts (its
 * LASERDAMAGE_SLURM_SHAREDFOLDER and LASERDAMAGE_SLURM_PARTITION, and
 * SLURM_CONF, are read from the environment). Jobs go through the real
 * {@link JobRunner}, {@link FileJobStore}, sbatch, squeue, scontrol and
 * scancel.
 * <p>
 * What the node runs is not the product: this OSGi test runtime has no built
 * {@code laserdamage} launcher, so {@code slurm.launcher} is a shell script
 * written here that stands in for {@code laserdamage job-attempt --job-folder
 * F --attempt N}: it checks its arguments and the frozen inputs in F, and then
 * copies a run directory that the real built-in solver produced at the start
 * of this test into {@code F/attempt-N}, or fails with a message, or sleeps.
 * The product itself is run through Slurm by
 * {@code org.laserdamage.product.tests.SlurmProductTest}.
 */
class SlurmClusterTest {

	private static final String BUILTIN = "org.laserdamage.solver.builtin"; //$NON-NLS-1$
	/** A solver of this test bundle's plugin.xml that declares the licence feature "ansys". */
	private static final String LICENSED = "org.laserdamage.jobs.slurm.tests.licensed"; //$NON-NLS-1$

	private static Path shared;
	private static Path fixtureRun;

	@TempDir
	Path tmp;

	private final IMaterialLibrary library = BuiltInMaterials.load();
	private FileJobStore store;
	private JobRunner runner;
	private String holder;

	/**
	 * Skips the tests when there is no Slurm here, except on CI (CI=true), where a
	 * missing Slurm must fail the build rather than pass it without these tests.
	 */
	@BeforeAll
	static void slurmAndAFixture() throws Exception {
		String sharedFolder = System.getenv(JobSettings.environmentName(SlurmSettings.SHARED_FOLDER));
		String why = null;
		if (!onPath("sbatch")) { //$NON-NLS-1$
			why = "sbatch is not on the PATH, so the Slurm place cannot be tested against a real cluster."; //$NON-NLS-1$
		} else if (sharedFolder == null || sharedFolder.isBlank()) {
			why = "LASERDAMAGE_SLURM_SHAREDFOLDER is not set, so the Slurm place tests have no cluster to use."; //$NON-NLS-1$
		}
		if (why != null) {
			why += " Start a single-node Slurm with `eval \"$(releng/scripts/start-test-slurm.sh)\"` (as root on Debian)."; //$NON-NLS-1$
			if ("true".equalsIgnoreCase(System.getenv("CI"))) { //$NON-NLS-1$ //$NON-NLS-2$
				fail(why + " CI=true: the Slurm tests must not be skipped on CI."); //$NON-NLS-1$
			}
			abort(why);
		}
		shared = Files.createDirectories(Path.of(sharedFolder).resolve("tests-" + UUID.randomUUID())); //$NON-NLS-1$
		fixtureRun = shared.resolve("fixture-run"); //$NON-NLS-1$
		new RunStudyOperation(quick(), null, fixtureRun, BuiltInMaterials.load(), List.of(), SolverOptions.NONE)
				.execute(new NullProgressMonitor());
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	/** The aluminium example on a coarse mesh: about a second. */
	private static Study quick() throws Exception {
		Study study = StudyIO.load(Paths.get("../../examples/al6061-cw-1kW.ldsim")); //$NON-NLS-1$
		FeaturePath.apply(study, "mesh.radialCells=20"); //$NON-NLS-1$
		FeaturePath.apply(study, "target.layers[0].axialCells=8"); //$NON-NLS-1$
		return study;
	}

	@BeforeEach
	void newStore() {
		store = new FileJobStore(tmp.resolve("jobs")); //$NON-NLS-1$
	}

	@AfterEach
	void stop() throws Exception {
		if (runner != null) {
			runner.close();
		}
		if (holder != null) {
			run("scancel", holder); //$NON-NLS-1$
		}
	}

	/** The checks every stand-in launcher makes: the arguments job-attempt takes, and the frozen inputs. */
	private static final String CHECKS = """
			#!/bin/sh
			# Stands in for `laserdamage job-attempt` (no built product in the OSGi test runtime).
			[ "$1" = job-attempt ] && [ "$2" = --job-folder ] && [ "$4" = --attempt ] \
			  || { echo "unexpected arguments: $*" >&2; exit 64; }
			folder=$3; attempt=$5
			for f in study.ldsim materials.json job.json; do
			  [ -s "$folder/$f" ] || { echo "no frozen $f in $folder" >&2; exit 65; }
			done
			""";

	private Path launcher(String name, String body) throws IOException {
		Path script = shared.resolve(name + ".sh"); //$NON-NLS-1$
		Files.writeString(script, CHECKS + body, StandardCharsets.UTF_8);
		script.toFile().setExecutable(true);
		return script;
	}

	private void start(Path launcher, String... more) throws Exception {
		Map<String, String> values = new HashMap<>();
		values.put(SlurmSettings.SHARED_FOLDER, shared.toString());
		values.put(SlurmSettings.LAUNCHER, launcher.toString());
		values.put(SlurmSettings.POLL_SECONDS, "1"); //$NON-NLS-1$
		Optional.ofNullable(System.getenv(JobSettings.environmentName(SlurmSettings.PARTITION)))
				.ifPresent(p -> values.put(SlurmSettings.PARTITION, p));
		for (int i = 0; i < more.length; i += 2) {
			values.put(more[i], more[i + 1]);
		}
		runner = new JobRunner(store, List.of(new SlurmPlace(SlurmSettings.from(JobSettings.only(values)))));
		runner.start();
	}

	private Job submit(String solver, Duration timeout) throws Exception {
		return runner.submit(quick(), library, JobSpec.local(solver).withPlace(SlurmPlace.ID).withTimeout(timeout));
	}

	private Job await(String id, Predicate<Job> condition, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Job job = null;
		while (System.nanoTime() < end) {
			job = store.find(id).orElseThrow();
			if (condition.test(job)) {
				return job;
			}
			Thread.sleep(100);
		}
		fail("job " + id + " never got there; it is " + job); //$NON-NLS-1$ //$NON-NLS-2$
		return job;
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command)); //$NON-NLS-1$
		return out.strip();
	}

	/** @return the Slurm job id of a job's attempt, from the job name the place gives it */
	private static String slurmId(Job job) throws Exception {
		return run("squeue", "-h", "-n", "laserdamage-" + job.id(), "-o", "%i"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void aJobIsSubmittedFollowedToSuccessAndItsResultsComeBack() throws Exception {
		start(launcher("succeed", "cp -r '" + fixtureRun + "' \"$folder/attempt-$attempt\"\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Job job = submit(BUILTIN, Duration.ofMinutes(10));
		Job done = await(job.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.SUCCEEDED, done.state(), done.reason() + "\n" + done.log()); //$NON-NLS-1$
		Path attempt = store.attemptFolder(job.id(), 1);
		assertEquals(attempt, done.result());
		assertArrayEquals(Files.readAllBytes(fixtureRun.resolve(RunDirectory.SUMMARY)),
				Files.readAllBytes(attempt.resolve(RunDirectory.SUMMARY)), "the node's run directory came back"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(attempt.resolve(RunDirectory.REPORT)));
		assertTrue(Files.readString(SlurmPlace.slurmLog(attempt)).startsWith("# Slurm job "), "the Slurm log is kept"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(shared.resolve(job.id())), "the shared copy is removed once the results are back"); //$NON-NLS-1$
	}

	@Test
	void aPendingJobShowsSlurmsReasonAndIsCancelledInSlurm() throws Exception {
		// Both of the cluster's two ansys licences are held, so a job that needs one waits for Licenses.
		holder = run("sbatch", "--parsable", "--licenses=ansys:2", "--output=/dev/null", "--wrap", "sleep 300"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		start(launcher("never", "echo 'ran although it should have waited' >&2\nexit 1\n"), //$NON-NLS-1$ //$NON-NLS-2$
				SlurmSettings.LICENSES, "ansys:1"); //$NON-NLS-1$
		Job job = submit(LICENSED, Duration.ZERO);
		Job waiting = await(job.id(), j -> "Slurm: Licenses".equals(j.reason()), 60); //$NON-NLS-1$
		assertEquals(RunState.RUNNING, waiting.state(), "the attempt started: Slurm holds it"); //$NON-NLS-1$
		String slurmId = slurmId(job);
		assertTrue(run("scontrol", "show", "job", slurmId).contains("Licenses=ansys:1"), "-L ansys:1 was asked"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		runner.cancel(job.id());
		assertEquals(RunState.CANCELLED, await(job.id(), j -> j.state().isFinal(), 60).state());
		assertTrue(run("scontrol", "show", "job", slurmId).contains("JobState=CANCELLED"), "scancel reached Slurm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void aRunningJobIsCancelledAndItsProcessOnTheNodeStops() throws Exception {
		start(launcher("sleep", "echo 'Running the study: 40%'\necho $$ > \"$folder/attempt-$attempt.pid\"\nexec sleep 300\n")); //$NON-NLS-1$ //$NON-NLS-2$
		Job job = submit(BUILTIN, Duration.ZERO);
		Job running = await(job.id(), j -> j.reason().startsWith("Slurm: running on"), 60); //$NON-NLS-1$
		assertEquals(RunState.RUNNING, running.state());
		assertEquals(0.4, await(job.id(), j -> j.progress() > 0, 30).progress(), 1e-9, "the node's progress"); //$NON-NLS-1$
		Path pidFile = shared.resolve(job.id()).resolve("attempt-1.pid"); //$NON-NLS-1$
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!(Files.isRegularFile(pidFile) && !Files.readString(pidFile).isBlank()) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		long pid = Long.parseLong(Files.readString(pidFile).strip());
		assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the job's process runs on the node"); //$NON-NLS-1$

		runner.cancel(job.id());
		assertEquals(RunState.CANCELLED, await(job.id(), j -> j.state().isFinal(), 120).state());
		// Slurm signals the processes as it marks the job cancelled; they end (and are reaped) a moment later.
		long stopBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (runs(pid) && System.nanoTime() < stopBy) {
			Thread.sleep(100);
		}
		assertFalse(runs(pid), "the process on the node stopped"); //$NON-NLS-1$
	}

	/** @return whether the process runs: it exists and is not a zombie that only waits to be reaped */
	private static boolean runs(long pid) throws IOException {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat")); //$NON-NLS-1$ //$NON-NLS-2$
			return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z"); //$NON-NLS-1$
		} catch (java.nio.file.NoSuchFileException e) {
			return false;
		}
	}

	@Test
	void aJobThatFailsOnTheNodeFailsWithTheNodesMessage() throws Exception {
		start(launcher("fail", "echo 'working on it'\necho 'laser.power: the node says 5 MW is too much' >&2\nexit 4\n")); //$NON-NLS-1$ //$NON-NLS-2$
		Job job = submit(BUILTIN, Duration.ZERO);
		Job failed = await(job.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().contains("laser.power: the node says 5 MW is too much"), failed.reason()); //$NON-NLS-1$
		assertTrue(failed.reason().contains("exit code 4"), failed.reason()); //$NON-NLS-1$
		assertTrue(failed.log().contains("5 MW is too much"), "the node's output is the job's log: " + failed.log()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, failed.attempt(), "a failure on the node is the solver's: not retried"); //$NON-NLS-1$
		assertTrue(Files.isDirectory(shared.resolve(job.id())), "a failed job's shared copy is kept to look into"); //$NON-NLS-1$
	}

	/** The place itself, without a runner: whose fault a failure on the node is, from job-attempt's exit code. */
	@Test
	void theNodesExitCodeSaysWhoseFaultAFailureIs() throws Exception {
		for (int exit : new int[] { 2, 1 }) {
			Path script = launcher("exit-" + exit, "echo 'error: laser.power: must be positive' >&2\nexit " + exit + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map<String, String> values = Map.of(SlurmSettings.SHARED_FOLDER, shared.toString(), SlurmSettings.LAUNCHER,
					script.toString(), SlurmSettings.POLL_SECONDS, "1"); //$NON-NLS-1$
			SlurmPlace place = new SlurmPlace(SlurmSettings.from(JobSettings.only(values)));
			Job created = store.create(quick(), List.of(library.find("al-6061-t6").orElseThrow()), //$NON-NLS-1$
					JobSpec.local(BUILTIN).withPlace(SlurmPlace.ID));
			Job job = store.update(created.id(), j -> j.startingAttempt(1, ProcessIdentity.current()));
			CoreException e = assertThrows(CoreException.class,
					() -> place.run(job, store, store.attemptFolder(job.id(), 1), new NullProgressMonitor()));
			assertEquals(exit == 2 ? RunStatus.INVALID_INPUT : RunStatus.SOLVER_FAILURE, e.getStatus().getCode(),
					"exit " + exit + ": " + e.getStatus().getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(e.getStatus().getMessage().contains("laser.power: must be positive"), e.getStatus().getMessage()); //$NON-NLS-1$
		}
	}

	@Test
	void theJobsTimeoutCancelsItInSlurm() throws Exception {
		start(launcher("slow", "exec sleep 300\n")); //$NON-NLS-1$ //$NON-NLS-2$
		Job job = submit(BUILTIN, Duration.ofSeconds(8));
		await(job.id(), j -> j.reason().startsWith("Slurm: running on"), 60); //$NON-NLS-1$
		String slurmId = slurmId(job);
		assertTrue(run("scontrol", "show", "job", slurmId).contains("TimeLimit=00:01:00"), "--time from the job's timeout"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Job failed = await(job.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().startsWith("timed out after 8.0 s"), failed.reason()); //$NON-NLS-1$
		assertTrue(run("scontrol", "show", "job", slurmId).contains("JobState=CANCELLED"), "scancel reached Slurm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void aPartitionSlurmDoesNotHaveIsInvalidInputNamingTheSetting() throws Exception {
		start(launcher("unused", "exit 1\n"), SlurmSettings.PARTITION, "no-such-partition"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Job job = submit(BUILTIN, Duration.ZERO);
		Job failed = await(job.id(), j -> j.state().isFinal(), 60);
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().startsWith("Slurm refused the job"), failed.reason()); //$NON-NLS-1$
		assertTrue(failed.reason().contains("Invalid partition") && failed.reason().contains("slurm.partition (no-such-partition)"), //$NON-NLS-1$ //$NON-NLS-2$
				failed.reason());
	}
}
