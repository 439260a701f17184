package org.laserdamage.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;

/**
 * Schedules the jobs of this process on their places: a queued job waits
 * (with the place's reason) until its place can take it, then runs attempt
 * after attempt in its own folder until it succeeds, fails for a reason that
 * retrying cannot fix, runs out of attempts or time, or is cancelled.
 * <p>
 * On {@link #start()} it adopts the jobs whose process has ended: a job that
 * was running then is failed with that reason (never left running forever),
 * a queued one is queued again here.
 */
public final class JobRunner implements AutoCloseable {

	private static final long TICK_MILLIS = 500;
	private static final long PROGRESS_MILLIS = 1000;

	private final IJobStore store;
	private final Map<String, IPlace> places = new LinkedHashMap<>();
	private final ProcessIdentity self = ProcessIdentity.current();
	private final Set<String> mine = ConcurrentHashMap.newKeySet();
	private final Map<String, RunningAttempt> running = new ConcurrentHashMap<>();
	private final List<Consumer<Job>> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, "laserdamage-job")); //$NON-NLS-1$
	private final ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor(r -> daemon(r, "laserdamage-job-scheduler")); //$NON-NLS-1$
	private final Object dispatching = new Object();
	private volatile boolean closed;

	/** An attempt that runs in this process. */
	private record RunningAttempt(JobMonitor monitor, AtomicBoolean timedOut, ScheduledFuture<?> timeout) {
	}

	public JobRunner(IJobStore store, List<? extends IPlace> places) {
		this.store = store;
		places.forEach(p -> this.places.put(p.id(), p));
	}

	/** Adopts the jobs of processes that have ended and starts scheduling. */
	public void start() throws CoreException {
		start(true);
	}

	/**
	 * Starts scheduling only the jobs {@link #submit submitted} to this runner: the
	 * jobs that were running in processes of this host that have ended are failed
	 * with that reason, as {@link #start()} does, but their queued and waiting jobs
	 * are left alone for a runner that {@link #start()}s (the workbench). For a
	 * command that runs only its own job, or only lists jobs.
	 */
	public void startOwnJobs() throws CoreException {
		start(false);
	}

	private void start(boolean adoptQueued) throws CoreException {
		for (Job job : store.list()) {
			if (job.state().isFinal() || (job.owner() != null && job.owner().isOnOtherHost())
					|| (job.owner() != null && !job.owner().equals(self) && job.owner().isAlive())
					|| (!adoptQueued && self.equals(job.owner()))) { // another runner of this process has it
				continue;
			}
			if (job.state() == RunState.RUNNING) {
				String host = job.owner() == null ? "?" : job.owner().host(); //$NON-NLS-1$
				long pid = job.owner() == null ? 0 : job.owner().pid();
				notifyListeners(store.update(job.id(), j -> j.inState(RunState.FAILED,
						NLS.bind(Messages.Runner_ownerDied, new Object[] { pid, host, j.attempt() }))));
			} else if (adoptQueued) {
				mine.add(job.id());
				notifyListeners(store.update(job.id(), j -> j.ownedBy(self).inState(RunState.QUEUED, ""))); //$NON-NLS-1$
			}
		}
		timer.scheduleWithFixedDelay(this::dispatchQuietly, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Freezes {@code study} with the exact versions of the materials its layers use
	 * and queues it.
	 *
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} when a layer's material is not in {@code library}
	 */
	public Job submit(Study study, IMaterialLibrary library, JobSpec spec) throws CoreException {
		Map<String, Material> used = new LinkedHashMap<>();
		for (Layer layer : study.getTarget().getLayers()) {
			String id = layer.getMaterialId();
			Material material = library.find(id)
					.orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Runner_unknownMaterial, id)));
			used.put(id, material);
		}
		Job job = store.create(study, new ArrayList<>(used.values()), spec);
		mine.add(job.id());
		notifyListeners(job);
		timer.execute(this::dispatchQuietly);
		return job;
	}

	/** Cancels a job of this process in any state; a running attempt is stopped. */
	public void cancel(String id) throws CoreException {
		RunningAttempt attempt = running.get(id);
		if (attempt != null) {
			attempt.monitor().setCanceled(true);
			return;
		}
		notifyListeners(store.update(id, j -> j.state() == RunState.RUNNING ? j
				: j.inState(RunState.CANCELLED, Messages.Runner_cancelled)));
		mine.remove(id);
	}

	public void addListener(Consumer<Job> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Job> listener) {
		listeners.remove(listener);
	}

	/** @return the store this runner keeps its jobs in */
	public IJobStore store() {
		return store;
	}

	/**
	 * Stops scheduling and cancels the attempts that run in this process; they end
	 * {@link RunState#CANCELLED} with their partial results kept. Queued jobs stay
	 * queued for the next runner.
	 */
	@Override
	public void close() {
		closed = true;
		timer.shutdownNow();
		running.values().forEach(a -> a.monitor().setCanceled(true));
		workers.shutdown();
		try {
			workers.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void dispatchQuietly() {
		try {
			dispatch();
		} catch (CoreException | RuntimeException e) {
			ILog.of(JobRunner.class).log(e instanceof CoreException c ? c.getStatus()
					: new org.eclipse.core.runtime.Status(IStatus.ERROR, RunStatus.PLUGIN_ID, e.getMessage(), e));
		}
	}

	private void dispatch() throws CoreException {
		synchronized (dispatching) {
			if (closed) {
				return;
			}
			List<Job> jobs = new ArrayList<>(store.list());
			Collections.reverse(jobs); // oldest first
			for (Job job : jobs) {
				if (!mine.contains(job.id()) || job.state().isFinal()) {
					mine.remove(job.id());
					continue;
				}
				if (store.isCancelRequested(job.id())) {
					cancel(job.id());
				} else if (job.state() == RunState.QUEUED || job.state() == RunState.WAITING) {
					schedule(job);
				}
			}
		}
	}

	private void schedule(Job job) throws CoreException {
		IPlace place = places.get(job.spec().place());
		if (place == null) {
			notifyListeners(store.update(job.id(),
					j -> j.inState(RunState.FAILED, NLS.bind(Messages.Runner_unknownPlace, job.spec().place()))));
			return;
		}
		Optional<String> waiting = place.reserve(job);
		if (waiting.isPresent()) {
			if (job.state() != RunState.WAITING || !job.reason().equals(waiting.get())) {
				notifyListeners(store.update(job.id(), j -> j.inState(RunState.WAITING, waiting.get())));
			}
			return;
		}
		Job started;
		try {
			started = store.update(job.id(), j -> j.startingAttempt(j.attempt() + 1, self));
		} catch (CoreException | RuntimeException e) {
			place.release(job);
			throw e;
		}
		notifyListeners(started);
		JobMonitor monitor = new JobMonitor(fraction -> progress(started.id(), fraction), why -> reason(started.id(), why),
				PROGRESS_MILLIS);
		AtomicBoolean timedOut = new AtomicBoolean();
		Duration limit = started.spec().timeout();
		ScheduledFuture<?> timeout = limit.isZero() ? null : timer.schedule(() -> {
			timedOut.set(true);
			monitor.setCanceled(true);
		}, limit.toMillis(), TimeUnit.MILLISECONDS);
		running.put(started.id(), new RunningAttempt(monitor, timedOut, timeout));
		workers.execute(() -> runAttempt(started, place));
	}

	private void runAttempt(Job job, IPlace place) {
		RunningAttempt attempt = running.get(job.id());
		Path folder = store.attemptFolder(job.id(), job.attempt());
		try {
			Path result = place.run(job, store, folder, attempt.monitor());
			finish(job, j -> j.inState(RunState.SUCCEEDED, "").withResult(result).withProgress(1)); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			if (attempt.timedOut().get()) {
				finish(job, j -> j.inState(RunState.FAILED,
						NLS.bind(Messages.Runner_timedOut, describe(job.spec().timeout()), job.attempt())));
			} else {
				finish(job, j -> j.inState(RunState.CANCELLED, Messages.Runner_cancelled));
			}
		} catch (CoreException e) {
			String reason = e.getStatus().getMessage();
			String log = JobLogs.excerpt(folder);
			if (isRetryable(e.getStatus()) && job.attempt() < job.spec().maxAttempts()) {
				finish(job, j -> j.inState(RunState.QUEUED, NLS.bind(Messages.Runner_retrying, job.attempt(), reason))
						.withLog(log));
			} else {
				String why = job.attempt() > 1 ? NLS.bind(Messages.Runner_failedAfterAttempts, reason, job.attempt())
						: reason;
				finish(job, j -> j.inState(RunState.FAILED, why).withLog(log));
			}
		} catch (RuntimeException | Error e) {
			String why = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			finish(job, j -> j.inState(RunState.FAILED, why));
		} finally {
			if (attempt.timeout() != null) {
				attempt.timeout().cancel(false);
			}
			running.remove(job.id());
			place.release(job);
			if (!closed) {
				try {
					timer.execute(this::dispatchQuietly);
				} catch (java.util.concurrent.RejectedExecutionException e) {
					// closed meanwhile (the command that waited for this job has its answer): nothing to schedule
				}
			}
		}
	}

	/** @return whether a failure with {@code status} is not the study's fault (an environment failure), so another attempt may succeed */
	public static boolean isRetryable(IStatus status) {
		if (RunStatus.PLUGIN_ID.equals(status.getPlugin()) && status.getCode() == RunStatus.ENVIRONMENT_FAILURE) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (isRetryable(child)) {
				return true;
			}
		}
		Throwable cause = status.getException();
		return cause instanceof CoreException c && c.getStatus() != status && isRetryable(c.getStatus());
	}

	private void finish(Job job, java.util.function.UnaryOperator<Job> change) {
		try {
			notifyListeners(store.update(job.id(), change));
		} catch (CoreException e) {
			ILog.of(JobRunner.class).log(e.getStatus());
		}
	}

	private void progress(String id, double fraction) {
		try {
			notifyListeners(store.update(id, j -> j.state() == RunState.RUNNING ? j.withProgress(fraction) : j));
		} catch (CoreException e) {
			ILog.of(JobRunner.class).log(e.getStatus());
		}
	}

	/** Shows what a running attempt waits for, as its place says through the monitor's sub-task. */
	private void reason(String id, String why) {
		try {
			notifyListeners(store.update(id, j -> j.state() == RunState.RUNNING ? j.inState(RunState.RUNNING, why) : j));
		} catch (CoreException e) {
			ILog.of(JobRunner.class).log(e.getStatus());
		}
	}

	private void notifyListeners(Job job) {
		for (Consumer<Job> l : listeners) {
			try {
				l.accept(job);
			} catch (RuntimeException e) {
				ILog.of(JobRunner.class).error("A job listener failed", e); //$NON-NLS-1$
			}
		}
	}

	private static String describe(Duration d) {
		if (d.toHours() > 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
			return d.toHours() + " h"; //$NON-NLS-1$
		}
		if (d.toMinutes() > 0 && d.toSecondsPart() == 0) {
			return d.toMinutes() + " min"; //$NON-NLS-1$
		}
		return d.toMillis() / 1000.0 + " s"; //$NON-NLS-1$
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}
}
