package org.laserdamage.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.jobs.queue.QueueWorker;
import org.laserdamage.materials.IMaterialLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What the API of one replica works with: the queue, this replica's worker,
 * tokens, metrics and readiness, and the wake-ups of event streams when a job
 * changes here (or, through the fan-out, on another replica).
 */
public final class ServerContext {

	/** Reads the material library a submission is checked and frozen against. */
	public interface Materials {
		IMaterialLibrary snapshot() throws CoreException;
	}

	private static final Logger LOG = LoggerFactory.getLogger(ServerContext.class);
	private static final long STATS_MILLIS = 2000;

	private final JobQueue queue;
	private final QueueWorker worker;
	private final Tokens tokens;
	private final ServerMetrics metrics;
	private final Readiness readiness;
	private final Materials materials;
	private final String version;
	private final String name;
	private final long maxBody;
	private final ObjectMapper json;
	private final Map<String, Object> signals = new ConcurrentHashMap<>();
	private final AtomicLong statsRead = new AtomicLong();
	private volatile boolean stopping;

	public ServerContext(JobQueue queue, QueueWorker worker, Tokens tokens, ServerMetrics metrics, Readiness readiness,
			Materials materials, String version, String name, long maxBody) {
		this.queue = queue;
		this.worker = worker;
		this.tokens = tokens;
		this.metrics = metrics;
		this.readiness = readiness;
		this.materials = materials;
		this.version = version;
		this.name = name;
		this.maxBody = maxBody;
		this.json = strictJson();
	}

	private volatile BackupService backups;

	/** Sets the backups of this replica (when a backup destination is configured). */
	public void backups(BackupService service) {
		this.backups = service;
	}

	/** @return the backups of this replica, when a backup destination is configured */
	public java.util.Optional<BackupService> backups() {
		return java.util.Optional.ofNullable(backups);
	}

	/** @return a Jackson mapper that refuses what a lenient one would guess at: unknown fields, coerced types */
	public static ObjectMapper strictJson() {
		JsonMapper mapper = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
		mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
				.maxStringLength(20 * 1024 * 1024).maxNumberLength(64).build());
		return mapper;
	}

	public JobQueue queue() {
		return queue;
	}

	public QueueWorker worker() {
		return worker;
	}

	public Tokens tokens() {
		return tokens;
	}

	public ServerMetrics metrics() {
		return metrics;
	}

	public Readiness readiness() {
		return readiness;
	}

	public Materials materials() {
		return materials;
	}

	public String version() {
		return version;
	}

	/** @return this replica's name (host:pid) */
	public String name() {
		return name;
	}

	public long maxBody() {
		return maxBody;
	}

	public ObjectMapper json() {
		return json;
	}

	/** Reads the queue's counts from the database for the metrics, at most every two seconds. */
	public void refreshQueueStats() {
		long now = System.currentTimeMillis();
		long last = statsRead.get();
		if (now - last < STATS_MILLIS || !statsRead.compareAndSet(last, now)) {
			return;
		}
		try {
			metrics.queue(queue.stats());
		} catch (CoreException e) {
			LOG.debug("Queue length not read: {}", e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Wakes the event streams of {@code jobId}: it changed. */
	public void signal(String jobId) {
		Object lock = signals.get(jobId);
		if (lock != null) {
			synchronized (lock) {
				lock.notifyAll();
			}
		}
	}

	/** Waits until {@code jobId} changes or {@code most} passes. */
	public void awaitEvent(String jobId, Duration most) {
		Object lock = signals.computeIfAbsent(jobId, k -> new Object());
		synchronized (lock) {
			try {
				lock.wait(most.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** @return whether the replica is shutting down */
	public boolean isStopping() {
		return stopping;
	}

	public void stopping() {
		stopping = true;
	}
}
