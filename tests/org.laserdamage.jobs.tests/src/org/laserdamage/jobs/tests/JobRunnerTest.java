package org.laserdamage.jobs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.results.RunDirectory;

/** The job model on the real built-in solver: states, reasons, slots, cancel, timeout, retry, durability. */
class JobRunnerTest {

	private static final String BUILTIN = "org.laserdamage.solver.builtin"; //$NON-NLS-1$

	@TempDir
	Path tmp;

	private final IMaterialLibrary library = BuiltInMaterials.load();
	private FileJobStore store;
	private JobRunner runner;

	@BeforeEach
	void newStore() {
		store = new FileJobStore(tmp.resolve("jobs")); //$NON-NLS-1$
	}

	@AfterEach
	void closeRunner() {
		if (runner != null) {
			runner.close();
		}
	}

	private JobRunner start(IPlace... places) throws CoreException {
		runner = new JobRunner(store, List.of(places));
		runner.start();
		return runner;
	}

	/** The aluminium example on a coarse mesh: about a second. */
	private static Study quick() throws Exception {
		Study study = StudyIO.load(Paths.get("../../examples/al6061-cw-1kW.ldsim")); //$NON-NLS-1$
		FeaturePath.apply(study, "mesh.radialCells=20"); //$NON-NLS-1$
		FeaturePath.apply(study, "target.layers[0].axialCells=8"); //$NON-NLS-1$
		return study;
	}

	/** Runs for minutes unless stopped. */
	private static Study slow() throws Exception {
		Study study = StudyIO.load(Paths.get("../../examples/aisi304-cw-1kW.ldsim")); //$NON-NLS-1$
		FeaturePath.apply(study, "solver.endTime=200s"); //$NON-NLS-1$
		FeaturePath.apply(study, "solver.outputInterval=1s"); //$NON-NLS-1$
		FeaturePath.apply(study, "mesh.radialCells=200"); //$NON-NLS-1$
		FeaturePath.apply(study, "target.layers[0].axialCells=100"); //$NON-NLS-1$
		return study;
	}

	private Job await(String id, Predicate<Job> condition, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Job job = null;
		while (System.nanoTime() < end) {
			job = store.find(id).orElseThrow();
			if (condition.test(job)) {
				return job;
			}
			Thread.sleep(50);
		}
		fail("job " + id + " never got there; it is " + job); //$NON-NLS-1$ //$NON-NLS-2$
		return job;
	}

	@Test
	void aJobRunsToSuccessWithItsInputsFrozen() throws Exception {
		start(new LocalPlace(2));
		Job job = runner.submit(quick(), library, JobSpec.local(BUILTIN));
		assertEquals(RunState.QUEUED, job.state());
		assertEquals(Map.of("al-6061-t6", library.find("al-6061-t6").orElseThrow().version()), job.materials()); //$NON-NLS-1$ //$NON-NLS-2$
		Job done = await(job.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.SUCCEEDED, done.state(), done.reason());
		assertEquals(1, done.attempt());
		assertEquals(1.0, done.progress());
		assertTrue(Files.isRegularFile(done.result().resolve(RunDirectory.SUMMARY)), "the common run directory"); //$NON-NLS-1$
		assertEquals(store.attemptFolder(job.id(), 1), done.result());
		assertNotNull(done.started());
		assertNotNull(done.ended());
		assertEquals("al-6061-t6", store.study(job.id()).getTarget().getLayers().get(0).getMaterialId()); //$NON-NLS-1$
		assertTrue(store.materials(job.id()).find("al-6061-t6").isPresent(), "the materials are frozen with it"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aJobWaitsForAFreeSlotWithAReasonAndAnyStateCanBeCancelled() throws Exception {
		start(new LocalPlace(1));
		Job first = runner.submit(slow(), library, JobSpec.local(BUILTIN));
		Job second = runner.submit(slow(), library, JobSpec.local(BUILTIN));
		await(first.id(), j -> j.state() == RunState.RUNNING, 30);
		Job waiting = await(second.id(), j -> j.state() == RunState.WAITING, 30);
		assertEquals("waiting for a free local slot: 1 of 1 running", waiting.reason()); //$NON-NLS-1$

		runner.cancel(second.id());
		assertEquals(RunState.CANCELLED, await(second.id(), j -> j.state().isFinal(), 10).state());
		await(first.id(), j -> j.progress() > 0, 60);
		runner.cancel(first.id());
		Job cancelled = await(first.id(), j -> j.state().isFinal(), 60);
		assertEquals(RunState.CANCELLED, cancelled.state());
		assertEquals(1, kept(first.id(), "attempt-1.cancelled-").size(), "the partial results are kept"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aCancelRequestFromAnotherProcessStopsTheRun() throws Exception {
		start(new LocalPlace(1));
		Job job = runner.submit(slow(), library, JobSpec.local(BUILTIN));
		await(job.id(), j -> j.state() == RunState.RUNNING, 30);
		new FileJobStore(store.root()).requestCancel(job.id());
		assertEquals(RunState.CANCELLED, await(job.id(), j -> j.state().isFinal(), 60).state());
	}

	@Test
	void aJobThatRunsTooLongFailsWithItsTimeout() throws Exception {
		start(new LocalPlace(1));
		Job job = runner.submit(slow(), library, JobSpec.local(BUILTIN).withTimeout(Duration.ofSeconds(2)));
		Job failed = await(job.id(), j -> j.state().isFinal(), 60);
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().startsWith("timed out after 2.0 s"), failed.reason()); //$NON-NLS-1$
	}

	/** Fails its first attempt as a vanished licence would, then runs like the local place. */
	private static final class FlakyPlace implements IPlace {
		final LocalPlace local = new LocalPlace(1);
		final AtomicInteger attempts = new AtomicInteger();
		final boolean studysFault;

		FlakyPlace(boolean studysFault) {
			this.studysFault = studysFault;
		}

		@Override
		public String id() {
			return "flaky"; //$NON-NLS-1$
		}

		@Override
		public Optional<String> reserve(Job job) {
			return local.reserve(job);
		}

		@Override
		public void release(Job job) {
			local.release(job);
		}

		@Override
		public Path run(Job job, IJobStore jobs, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
			if (attempts.incrementAndGet() == 1) {
				try {
					Files.createDirectories(attemptFolder);
					Files.writeString(attemptFolder.resolve("solver.log"), "licence checkout\n*ERROR: licence lost\n"); //$NON-NLS-1$ //$NON-NLS-2$
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
				throw studysFault ? RunStatus.invalid("laser.power: invalid") //$NON-NLS-1$
						: RunStatus.environment("the licence server stopped answering", null); //$NON-NLS-1$
			}
			return local.run(job, jobs, attemptFolder, monitor);
		}
	}

	@Test
	void aFailureThatIsNotTheStudysIsRetriedInAFolderOfItsOwn() throws Exception {
		FlakyPlace flaky = new FlakyPlace(false);
		start(flaky);
		Job job = runner.submit(quick(), library, JobSpec.local(BUILTIN).withPlace("flaky").withMaxAttempts(2)); //$NON-NLS-1$
		Job done = await(job.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.SUCCEEDED, done.state(), done.reason());
		assertEquals(2, done.attempt());
		assertEquals(store.attemptFolder(job.id(), 2), done.result());
		assertTrue(Files.exists(store.attemptFolder(job.id(), 1).resolve("solver.log")), "attempt 1 keeps its files"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(done.result().resolve("solver.log")), "attempt 2 does not mix them in"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void invalidInputIsNeverRetriedAndTheSolverLogIsShown() throws Exception {
		FlakyPlace flaky = new FlakyPlace(true);
		start(flaky);
		Job job = runner.submit(quick(), library, JobSpec.local(BUILTIN).withPlace("flaky").withMaxAttempts(3)); //$NON-NLS-1$
		Job failed = await(job.id(), j -> j.state().isFinal(), 60);
		assertEquals(RunState.FAILED, failed.state());
		assertEquals(1, failed.attempt());
		assertEquals(1, flaky.attempts.get());
		assertTrue(failed.reason().contains("laser.power"), failed.reason()); //$NON-NLS-1$
		assertTrue(failed.log().contains("*ERROR: licence lost"), failed.log()); //$NON-NLS-1$
	}

	@Test
	void jobsOutliveTheirProcessAndARunningOneWhoseProcessDiedIsFailed() throws Exception {
		Job running = store.create(quick(), List.of(library.find("al-6061-t6").orElseThrow()), JobSpec.local(BUILTIN)); //$NON-NLS-1$
		Job queued = store.create(quick(), List.of(library.find("al-6061-t6").orElseThrow()), JobSpec.local(BUILTIN)); //$NON-NLS-1$
		Process ended = new ProcessBuilder("true").start(); //$NON-NLS-1$
		ended.waitFor();
		ProcessIdentity dead = new ProcessIdentity(ProcessIdentity.current().host(), ended.pid(),
				ProcessIdentity.startOf(ended.toHandle()));
		store.update(running.id(), j -> j.startingAttempt(1, dead));
		store.update(queued.id(), j -> j.ownedBy(dead));

		store = new FileJobStore(store.root()); // as after a restart
		start(new LocalPlace(1));
		Job failed = store.find(running.id()).orElseThrow();
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().contains("ended while it ran"), failed.reason()); //$NON-NLS-1$
		Job adopted = await(queued.id(), j -> j.state().isFinal(), 120);
		assertEquals(RunState.SUCCEEDED, adopted.state(), "a queued job of a dead process runs here: " + adopted.reason()); //$NON-NLS-1$
		assertEquals(2, store.list().size());
	}

	@Test
	void aDamagedJobFileIsNamed() throws Exception {
		Job job = store.create(quick(), List.of(library.find("al-6061-t6").orElseThrow()), JobSpec.local(BUILTIN)); //$NON-NLS-1$
		Path file = store.root().resolve(job.id()).resolve("job.json"); //$NON-NLS-1$
		Files.writeString(file, "{\"id\": 42"); //$NON-NLS-1$
		try {
			store.list();
			fail("a damaged job file is an error"); //$NON-NLS-1$
		} catch (CoreException e) {
			assertTrue(e.getStatus().getMessage().contains(file.toString()), e.getStatus().getMessage());
		}
	}

	/** Waits in a queue of its own, as a cluster does, saying why through the monitor, until cancelled. */
	private static final class QueuePlace implements IPlace {
		@Override
		public String id() {
			return "queue"; //$NON-NLS-1$
		}

		@Override
		public Optional<String> reserve(Job job) {
			return Optional.empty();
		}

		@Override
		public void release(Job job) {
			// nothing reserved
		}

		@Override
		public Path run(Job job, IJobStore jobs, Path attemptFolder, IProgressMonitor monitor) {
			monitor.subTask("Slurm: Priority"); //$NON-NLS-1$
			while (!monitor.isCanceled()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
	}

	@Test
	void aRunningAttemptShowsWhatItsPlaceSaysItWaitsFor() throws Exception {
		start(new QueuePlace());
		Job job = runner.submit(quick(), library, JobSpec.local(BUILTIN).withPlace("queue")); //$NON-NLS-1$
		Job waiting = await(job.id(), j -> !j.reason().isEmpty(), 30);
		assertEquals(RunState.RUNNING, waiting.state());
		assertEquals("Slurm: Priority", waiting.reason()); //$NON-NLS-1$
		runner.cancel(job.id());
		Job cancelled = await(job.id(), j -> j.state().isFinal(), 30);
		assertEquals(RunState.CANCELLED, cancelled.state());
		assertEquals("cancelled", cancelled.reason()); //$NON-NLS-1$
	}

	private List<Path> kept(String id, String prefix) throws IOException {
		try (Stream<Path> s = Files.list(store.root().resolve(id))) {
			return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
		}
	}
}
