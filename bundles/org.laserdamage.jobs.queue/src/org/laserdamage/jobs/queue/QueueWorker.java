package org.laserdamage.jobs.queue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobLogs;
import org.laserdamage.jobs.JobMonitor;
import org.laserdamage.jobs.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs of a {@link JobQueue} on this replica: a number of slots, each
 * claiming the oldest queued job, running its attempt on the job's place
 * (this process, or Slurm) and renewing the lease every third of it; a
 * reaper that queues again the jobs of workers that stopped; and a graceful
 * {@link #drain drain} for SIGTERM.
 */
public final class QueueWorker implements AutoCloseable {

	/** Told when attempts start and end (metrics, live events). */
	public interface Listener {
		/** An attempt of {@code job} started here. */
		default void started(Job job) {
		}

		/** An attempt started here ended; {@code job} is as stored afterwards (queued again after a retry). */
		default void ended(Job job, Duration ran) {
		}

		/** A job here changed (progress, reason). */
		default void changed(Job job) {
		}
	}

	/** Finds the place a job names. */
	public interface Places {
		IPlace place(String id) throws CoreException;
	}

	private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);
	/** The logger of simulation events (logs/simulation.log). */
	private static final Logger SIMULATION = LoggerFactory.getLogger("org.laserdamage.simulation"); //$NON-NLS-1$

	private final JobQueue queue;
	private final int slots;
	private final Places places;
	private final String name;
	private final ProcessIdentity self = ProcessIdentity.current();
	private final Duration poll;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Attempt> running = new ConcurrentHashMap<>();
	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> daemon(r, "laserdamage-queue-timer")); //$NON-NLS-1$
	private final List<Thread> threads = new ArrayList<>();
	private final Object wake = new Object();
	private volatile boolean draining;

	/** Why an attempt was stopped from outside its place. */
	private enum Stop {
		NONE, CANCEL, LOST, TIMEOUT, HAND_BACK
	}

	private static final class Attempt {
		final Job job;
		final String worker;
		final JobMonitor monitor;
		final AtomicReference<Stop> stop = new AtomicReference<>(Stop.NONE);
		final long started = System.nanoTime();

		Attempt(Job job, String worker, JobMonitor monitor) {
			this.job = job;
			this.worker = worker;
			this.monitor = monitor;
		}

		void stop(Stop why) {
			if (stop.compareAndSet(Stop.NONE, why)) {
				monitor.setCanceled(true);
			}
		}
	}

	/**
	 * @param queue  the queue
	 * @param slots  how many jobs run here at once
	 * @param places finds a job's place
	 * @param name   this replica's name in the queue (unique among replicas, e.g. host:pid)
	 * @param poll   how often an idle slot looks for work
	 */
	public QueueWorker(JobQueue queue, int slots, Places places, String name, Duration poll) {
		if (slots < 0) {
			throw new IllegalArgumentException("slots must not be negative: " + slots); //$NON-NLS-1$
		}
		this.queue = queue;
		this.slots = slots;
		this.places = places;
		this.name = name;
		this.poll = poll;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** Starts the slots and the reaper. */
	public synchronized void start() {
		long reapMillis = Math.max(200, queue.lease().toMillis() / 2);
		timer.scheduleWithFixedDelay(this::reapQuietly, reapMillis, reapMillis, TimeUnit.MILLISECONDS);
		for (int i = 0; i < slots; i++) {
			String worker = name + '/' + i;
			Thread t = new Thread(() -> loop(worker), "laserdamage-worker-" + i); //$NON-NLS-1$
			t.setDaemon(true);
			threads.add(t);
			t.start();
		}
	}

	/** Lets idle slots look for work now (a job was just submitted). */
	public void wakeUp() {
		synchronized (wake) {
			wake.notifyAll();
		}
	}

	/** @return how many attempts run here now */
	public int active() {
		return running.size();
	}

	/** @return the slots of this replica */
	public int slots() {
		return slots;
	}

	/** @return whether this worker stopped claiming */
	public boolean isDraining() {
		return draining;
	}

	/**
	 * Stops claiming, lets running attempts finish for up to {@code grace}, then
	 * stops the rest and hands their jobs back to the queue for another replica.
	 *
	 * @return how many jobs were handed back
	 */
	public int drain(Duration grace) {
		draining = true;
		wakeUp();
		long deadline = System.nanoTime() + grace.toNanos();
		while (!running.isEmpty() && System.nanoTime() < deadline) {
			sleep(100);
		}
		int handedBack = running.size();
		running.values().forEach(a -> a.stop(Stop.HAND_BACK));
		for (Thread t : threads) {
			try {
				t.join(30_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return handedBack;
	}

	@Override
	public void close() {
		if (!draining) {
			drain(Duration.ZERO);
		}
		timer.shutdownNow();
	}

	private void loop(String worker) {
		while (!draining) {
			Optional<Job> claimed;
			try {
				claimed = queue.claim(worker, self);
			} catch (CoreException | RuntimeException e) {
				LOG.warn("Cannot claim a job: {}", e.getMessage()); //$NON-NLS-1$
				idle(Math.max(poll.toMillis(), 2000));
				continue;
			}
			if (claimed.isEmpty()) {
				idle(poll.toMillis());
				continue;
			}
			try {
				run(claimed.get(), worker);
			} catch (RuntimeException | Error e) { // NOPMD: a slot that dies would leave the replica claiming nothing
				LOG.error("Slot {} survived an unexpected failure after job {}", worker, claimed.get().id(), e); //$NON-NLS-1$
			}
		}
	}

	private void idle(long millis) {
		synchronized (wake) {
			if (!draining) {
				try {
					wake.wait(millis);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					draining = true;
				}
			}
		}
	}

	private void run(Job job, String worker) {
		IPlace place;
		try {
			place = places.place(job.spec().place());
		} catch (CoreException e) {
			publish(job, worker, j -> j.inState(RunState.FAILED, e.getStatus().getMessage()), Duration.ZERO);
			return;
		}
		Optional<String> waiting = place.reserve(job);
		if (waiting.isPresent()) {
			try {
				queue.handBack(job.id(), worker, job.attempt(), waiting.get());
			} catch (CoreException e) {
				LOG.warn("Cannot hand job {} back: {}", job.id(), e.getMessage()); //$NON-NLS-1$
			}
			idle(Math.max(poll.toMillis(), 2000));
			return;
		}
		AtomicReference<Attempt> self = new AtomicReference<>();
		JobMonitor monitor = new JobMonitor(f -> progress(self.get(), j -> j.withProgress(f)),
				why -> progress(self.get(), j -> j.inState(RunState.RUNNING, why)), 1000);
		Attempt attempt = new Attempt(job, worker, monitor);
		self.set(attempt);
		running.put(job.id(), attempt);
		long beat = Math.max(100, queue.lease().toMillis() / 3);
		ScheduledFuture<?> heartbeat = timer.scheduleWithFixedDelay(() -> heartbeat(attempt), beat, beat,
				TimeUnit.MILLISECONDS);
		Duration limit = job.spec().timeout();
		ScheduledFuture<?> timeout = limit.isZero() ? null
				: timer.schedule(() -> attempt.stop(Stop.TIMEOUT), limit.toMillis(), TimeUnit.MILLISECONDS);
		SIMULATION.info("Job {} attempt {} started on {} ({}, solver {})", job.id(), job.attempt(), worker, //$NON-NLS-1$
				job.studyName(), job.spec().solverId());
		listeners.forEach(l -> l.started(job));
		Path folder = queue.attemptFolder(job.id(), job.attempt());
		try {
			Path result = place.run(job, queue, folder, monitor);
			publish(job, worker, j -> j.inState(RunState.SUCCEEDED, "").withResult(result).withProgress(1), ran(attempt)); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			stopped(job, worker, attempt);
		} catch (CoreException e) {
			String reason = e.getStatus().getMessage();
			String log = JobLogs.excerpt(folder);
			if (JobRunner.isRetryable(e.getStatus()) && job.attempt() < job.spec().maxAttempts()) {
				publish(job, worker, j -> j.inState(RunState.QUEUED, NLS.bind(Messages.Worker_retrying, job.attempt(), reason))
						.withLog(log), ran(attempt));
			} else {
				String why = job.attempt() > 1 ? NLS.bind(Messages.Worker_failedAfterAttempts, reason, job.attempt()) : reason;
				publish(job, worker, j -> j.inState(RunState.FAILED, why).withLog(log), ran(attempt));
			}
		} catch (RuntimeException | Error e) { // NOPMD: whatever happened, the job must end, not stay running
			LOG.error("Job {} attempt {} failed unexpectedly", job.id(), job.attempt(), e); //$NON-NLS-1$
			String why = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			publish(job, worker, j -> j.inState(RunState.FAILED, why), ran(attempt));
		} finally {
			heartbeat.cancel(false);
			if (timeout != null) {
				timeout.cancel(false);
			}
			running.remove(job.id());
			place.release(job);
		}
	}

	private void stopped(Job job, String worker, Attempt attempt) {
		switch (attempt.stop.get()) {
		case LOST:
			SIMULATION.warn("Job {} attempt {} stopped on {}: its lease was lost, another worker has the job", //$NON-NLS-1$
					job.id(), job.attempt(), worker);
			break;
		case HAND_BACK:
			try {
				queue.handBack(job.id(), worker, job.attempt(), NLS.bind(Messages.Worker_handedBack, name, job.attempt()))
						.ifPresent(j -> listeners.forEach(l -> l.ended(j, ran(attempt))));
				SIMULATION.info("Job {} attempt {} handed back by {} at shutdown", job.id(), job.attempt(), worker); //$NON-NLS-1$
			} catch (CoreException e) {
				LOG.warn("Cannot hand job {} back ({}); the reaper queues it again when its lease expires", job.id(), //$NON-NLS-1$
						e.getMessage());
			}
			break;
		case TIMEOUT:
			publish(job, worker, j -> j.inState(RunState.FAILED, NLS.bind(Messages.Worker_timedOut,
					job.spec().timeout().toMillis() / 1000.0 + " s", job.attempt())), ran(attempt)); //$NON-NLS-1$
			break;
		default:
			publish(job, worker, j -> j.inState(RunState.CANCELLED, Messages.Queue_cancelled), ran(attempt));
		}
	}

	private void publish(Job job, String worker, UnaryOperator<Job> change, Duration ran) {
		try {
			Optional<Job> done = queue.report(job.id(), worker, job.attempt(), change);
			if (done.isEmpty()) {
				SIMULATION.warn("Job {} attempt {} ended on {}, but the worker no longer holds it: its outcome is not" //$NON-NLS-1$
						+ " published (another attempt has the job)", job.id(), job.attempt(), worker); //$NON-NLS-1$
				return;
			}
			Job j = done.get();
			SIMULATION.info("Job {} attempt {} ended {} after {} s{}", j.id(), job.attempt(), j.state(), //$NON-NLS-1$
					ran.toMillis() / 1000.0, j.reason().isEmpty() ? "" : ": " + j.reason()); //$NON-NLS-1$ //$NON-NLS-2$
			listeners.forEach(l -> l.ended(j, ran));
		} catch (CoreException e) {
			LOG.error("Cannot record the end of job {} attempt {}: {}; the reaper queues it again", job.id(), //$NON-NLS-1$
					job.attempt(), e.getMessage());
		}
	}

	private void progress(Attempt attempt, UnaryOperator<Job> change) {
		if (attempt == null) {
			return;
		}
		try {
			queue.report(attempt.job.id(), attempt.worker, attempt.job.attempt(), change)
					.ifPresent(j -> listeners.forEach(l -> l.changed(j)));
		} catch (CoreException e) {
			LOG.warn("Cannot record the progress of job {}: {}", attempt.job.id(), e.getMessage()); //$NON-NLS-1$
		}
	}

	private void heartbeat(Attempt attempt) {
		try {
			switch (queue.heartbeat(attempt.job.id(), attempt.worker, attempt.job.attempt())) {
			case CANCEL_REQUESTED:
				attempt.stop(Stop.CANCEL);
				break;
			case LOST:
				attempt.stop(Stop.LOST);
				break;
			default:
				break;
			}
		} catch (CoreException | RuntimeException e) {
			LOG.warn("Cannot renew the lease of job {}: {}", attempt.job.id(), e.getMessage()); //$NON-NLS-1$
		}
	}

	private void reapQuietly() {
		try {
			for (Job j : queue.reap()) {
				SIMULATION.warn("Job {}: {} ({})", j.id(), j.reason(), j.state()); //$NON-NLS-1$
				if (j.state() == RunState.QUEUED) {
					wakeUp();
				}
			}
		} catch (CoreException | RuntimeException e) {
			LOG.debug("Reaper: {}", e.getMessage()); //$NON-NLS-1$
		}
	}

	private static Duration ran(Attempt attempt) {
		return Duration.ofNanos(System.nanoTime() - attempt.started);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}
}
