package org.laserdamage.jobs.queue.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.queue.JobEvent;
import org.laserdamage.jobs.queue.JobFilter;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.jobs.queue.QueueStats;
import org.laserdamage.jobs.queue.QueueWorker;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.results.RunDirectory;

/**
 * The durable queue's promises, on each database: claims are exclusive under
 * concurrency, a lease that is not renewed is reaped (queued again, or failed
 * after the last attempt), a worker that lost its lease publishes nothing, a
 * cancel reaches a running attempt, hand-back does not use up an attempt,
 * and two workers (two replicas) sharing one queue run every job exactly once
 * on the real built-in solver.
 */
abstract class JobQueueContract {

	@TempDir
	Path tmp;

	private final List<AutoCloseable> open = new ArrayList<>();
	private final IMaterialLibrary library = BuiltInMaterials.load();
	private final ProcessIdentity self = ProcessIdentity.current();

	/** @return the JDBC URL of an empty database (or schema) of this test */
	abstract String url() throws Exception;

	abstract java.util.Properties credentials();

	JobQueue open(Duration lease) throws Exception {
		JobQueue queue = JobQueue.open(url(), credentials(), tmp.resolve("results"), lease, 8);
		open.add(0, queue);
		return queue;
	}

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable c : open) {
			c.close();
		}
		open.clear();
	}

	/** The aluminium example on a coarse mesh: about a second on the built-in solver. */
	static Study quick() throws Exception {
		Study study = StudyIO.load(Paths.get("../../examples/al6061-cw-1kW.ldsim"));
		FeaturePath.apply(study, "mesh.radialCells=20");
		FeaturePath.apply(study, "target.layers[0].axialCells=8");
		FeaturePath.apply(study, "solver.endTime=0.5s");
		return study;
	}

	private Job submit(JobQueue queue, int attempts) throws Exception {
		Study study = quick();
		Material material = library.find(study.getTarget().getLayers().get(0).getMaterialId()).orElseThrow();
		return queue.create(study, List.of(material), JobSpec.local("org.laserdamage.solver.builtin").withMaxAttempts(attempts),
				"tester");
	}

	@Test
	void storesTheFrozenJobAndListsItByStateAndPage() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(30));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(submit(queue, 1).id());
		}
		Job first = queue.find(ids.get(0)).orElseThrow();
		assertEquals(RunState.QUEUED, first.state());
		assertEquals(first.studyName(), queue.study(first.id()).getName(), "the frozen study");
		assertEquals("0.5", String.valueOf(queue.study(first.id()).getSolver().getEndTime()), "with its overrides");
		assertEquals(Map.of("al-6061-t6", 1), first.materials());
		assertTrue(queue.materials(first.id()).find("al-6061-t6").isPresent(), "the frozen material version");
		assertEquals(5, queue.count(new JobFilter(Set.of(RunState.QUEUED), 0, 10)));
		List<Job> page = queue.list(new JobFilter(Set.of(), 1, 2));
		assertEquals(List.of(ids.get(3), ids.get(2)), page.stream().map(Job::id).toList(), "newest first, second page of 2");
		assertEquals(0, queue.count(new JobFilter(Set.of(RunState.RUNNING), 0, 10)));
		assertTrue(queue.find("20991231-235959-999-ffff").isEmpty());
		assertTrue(queue.find("../../etc/passwd").isEmpty(), "an id of the wrong form is never looked up");
		QueueStats stats = queue.stats();
		assertEquals(5, stats.queued());
		assertEquals(0, stats.running());
	}

	@Test
	void concurrentClaimsNeverShareAJob() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(30));
		int jobs = 40;
		for (int i = 0; i < jobs; i++) {
			submit(queue, 1);
		}
		Map<String, String> claimedBy = new ConcurrentHashMap<>();
		List<String> doubles = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> futures = new ArrayList<>();
		for (int w = 0; w < 6; w++) {
			String worker = "w" + w;
			futures.add(pool.submit(() -> {
				for (;;) {
					Optional<Job> job = queue.claim(worker, self);
					if (job.isEmpty()) {
						return null;
					}
					if (claimedBy.putIfAbsent(job.get().id(), worker) != null) {
						doubles.add(job.get().id());
					}
				}
			}));
		}
		for (Future<?> f : futures) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertEquals(List.of(), doubles, "no job claimed twice");
		assertEquals(jobs, claimedBy.size(), "every job claimed");
		assertEquals(jobs, queue.stats().running());
		assertEquals(0, queue.stats().queued());
	}

	@Test
	void anExpiredLeaseIsReapedAndTheSlowWorkerPublishesNothing() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(1));
		Job job = submit(queue, 2);
		Job first = queue.claim("slow", self).orElseThrow();
		assertEquals(1, first.attempt());
		assertEquals(JobQueue.Lease.HELD, queue.heartbeat(job.id(), "slow", 1));
		Thread.sleep(1300);
		List<Job> reaped = queue.reap();
		assertEquals(List.of(job.id()), reaped.stream().map(Job::id).toList());
		Job requeued = queue.find(job.id()).orElseThrow();
		assertEquals(RunState.QUEUED, requeued.state());
		assertTrue(requeued.reason().contains("slow") && requeued.reason().contains("attempt 1"), requeued.reason());
		assertEquals(JobQueue.Lease.LOST, queue.heartbeat(job.id(), "slow", 1), "the slow worker learns it lost the job");
		Job second = queue.claim("fast", self).orElseThrow();
		assertEquals(2, second.attempt());
		assertNotEquals(queue.attemptFolder(job.id(), 1), queue.attemptFolder(job.id(), 2));
		Path result = queue.attemptFolder(job.id(), 2).resolve("run");
		assertTrue(queue.report(job.id(), "fast", 2, j -> j.inState(RunState.SUCCEEDED, "").withResult(result)).isPresent());
		assertTrue(queue.report(job.id(), "slow", 1,
				j -> j.inState(RunState.SUCCEEDED, "").withResult(queue.attemptFolder(job.id(), 1))).isEmpty(),
				"the worker that lost the lease does not publish");
		Job done = queue.find(job.id()).orElseThrow();
		assertEquals(RunState.SUCCEEDED, done.state());
		assertEquals(result, done.result(), "exactly one result: the attempt that held the lease");
		assertTrue(queue.report(job.id(), "fast", 2, j -> j.inState(RunState.FAILED, "late")).isEmpty()
				|| queue.find(job.id()).orElseThrow().state() == RunState.SUCCEEDED, "a final job never changes");
		assertEquals(RunState.SUCCEEDED, queue.find(job.id()).orElseThrow().state());
	}

	@Test
	void theLastAttemptLostIsAFailureWithTheReason() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(1));
		Job job = submit(queue, 1);
		queue.claim("gone", self).orElseThrow();
		Thread.sleep(1300);
		queue.reap();
		Job failed = queue.find(job.id()).orElseThrow();
		assertEquals(RunState.FAILED, failed.state());
		assertTrue(failed.reason().contains("gone") && failed.reason().contains("maxAttempts"), failed.reason());
		assertTrue(queue.claim("other", self).isEmpty(), "a failed job is not claimed again");
	}

	@Test
	void cancelEndsAQueuedJobAndReachesARunningOne() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(30));
		Job queued = submit(queue, 1);
		Job running = submit(queue, 1);
		Job claimed = queue.claim("w", self).orElseThrow();
		assertEquals(queued.id(), claimed.id(), "the oldest first");
		// swap roles: cancel the claimed one (running) and the other (queued)
		assertEquals(RunState.CANCELLED, queue.cancel(running.id()).orElseThrow().state());
		assertEquals(RunState.RUNNING, queue.cancel(claimed.id()).orElseThrow().state());
		assertEquals(JobQueue.Lease.CANCEL_REQUESTED, queue.heartbeat(claimed.id(), "w", 1));
		assertTrue(queue.isCancelRequested(claimed.id()));
		assertTrue(queue.claim("w2", self).isEmpty(), "a cancelled job is not claimed");
	}

	@Test
	void handBackQueuesTheJobWithoutUsingAnAttempt() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(30));
		Job job = submit(queue, 1);
		queue.claim("leaving", self).orElseThrow();
		Job back = queue.handBack(job.id(), "leaving", 1, "handed back at shutdown").orElseThrow();
		assertEquals(RunState.QUEUED, back.state());
		assertEquals(0, back.attempt());
		assertEquals(1, queue.claim("staying", self).orElseThrow().attempt(), "the next attempt is attempt 1 again");
		List<JobEvent> events = queue.events(job.id(), 0, 100);
		assertEquals(List.of(RunState.QUEUED, RunState.RUNNING, RunState.QUEUED, RunState.RUNNING),
				events.stream().map(JobEvent::state).toList());
		assertEquals(events.subList(2, 4), queue.events(job.id(), events.get(1).seq(), 100), "resume after an event");
	}

	@Test
	void twoWorkersShareTheQueueAndRunEveryJobOnceOnTheBuiltInSolver() throws Exception {
		JobQueue queue = open(Duration.ofSeconds(5));
		JobQueue other = open(Duration.ofSeconds(5)); // another replica: its own pool on the same database
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			ids.add(submit(queue, 2).id());
		}
		List<Job> ended = Collections.synchronizedList(new ArrayList<>());
		QueueWorker a = new QueueWorker(queue, 1, id -> new LocalPlace(1), "replica-a", Duration.ofMillis(200));
		QueueWorker b = new QueueWorker(other, 1, id -> new LocalPlace(1), "replica-b", Duration.ofMillis(200));
		for (QueueWorker w : List.of(a, b)) {
			w.addListener(new QueueWorker.Listener() {
				@Override
				public void ended(Job job, Duration ran) {
					ended.add(job);
				}
			});
			open.add(0, w);
			w.start();
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (queue.count(new JobFilter(Set.of(RunState.SUCCEEDED), 0, 10)) < ids.size() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		for (String id : ids) {
			Job job = queue.find(id).orElseThrow();
			assertEquals(RunState.SUCCEEDED, job.state(), id + ": " + job.reason());
			assertEquals(1, job.attempt());
			assertTrue(Files.isRegularFile(job.result().resolve(RunDirectory.SUMMARY)), "its summary");
			assertTrue(job.result().startsWith(tmp.resolve("results").resolve(id).resolve("attempt-1")));
		}
		assertEquals(ids.size(), ended.size(), "each job ended once: " + ended);
	}
}
