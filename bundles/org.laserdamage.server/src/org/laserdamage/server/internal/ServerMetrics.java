package org.laserdamage.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.laserdamage.core.RunState;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.queue.QueueStats;
import org.laserdamage.jobs.queue.QueueWorker;
import org.laserdamage.monitor.SystemUsage;
import org.laserdamage.solver.ansys.LicenceCounts;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metrics of a replica under the seed's names (§2.1.1), in the
 * Prometheus text format: business metrics from this replica's worker and
 * the database's queue, system metrics measured on each scrape, ANSYS
 * licence counts from the last {@code lmstat} query, and the JVM's metrics.
 */
public final class ServerMetrics implements QueueWorker.Listener {

	/** Buckets of simulation_duration_seconds, from a one-second run to a day. */
	private static final double[] DURATION_BUCKETS = { 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400 };

	private final PrometheusRegistry registry = new PrometheusRegistry();
	private final Counter simulations;
	private final Histogram duration;
	private final AtomicReference<QueueStats> queue = new AtomicReference<>();
	private final AtomicReference<Optional<LicenceCounts.Feature>> licences = new AtomicReference<>(Optional.empty());
	private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

	/**
	 * @param worker  this replica's worker (active_simulations)
	 * @param results the results volume (system_disk_usage_percent)
	 */
	public ServerMetrics(QueueWorker worker, Path results) {
		simulations = Counter.builder().name("simulations_total") //$NON-NLS-1$
				.help("Total number of simulations that ended on this replica, by final status") //$NON-NLS-1$
				.labelNames("status").register(registry); //$NON-NLS-1$
		for (RunState s : new RunState[] { RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED }) {
			simulations.labelValues(status(s)); // present from the start, so rates of zero traffic are 0, not absent
		}
		duration = Histogram.builder().name("simulation_duration_seconds") //$NON-NLS-1$
				.help("Simulation execution time (one attempt, on this replica)").classicOnly() //$NON-NLS-1$
				.classicUpperBounds(DURATION_BUCKETS).register(registry);
		GaugeWithCallback.builder().name("active_simulations").help("Number of active simulations on this replica") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> cb.call(worker.active())).register(registry);
		GaugeWithCallback.builder().name("simulation_queue_length") //$NON-NLS-1$
				.help("Number of simulations in queue (from the database: the same on every replica)") //$NON-NLS-1$
				.callback(cb -> {
					QueueStats stats = queue.get();
					if (stats != null) {
						cb.call(stats.queued());
					}
				}).register(registry);
		GaugeWithCallback.builder().name("system_cpu_usage_percent").help("CPU usage percentage") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> {
					SystemUsage.cpuPercent().ifPresent(cb::call);
				}).register(registry);
		GaugeWithCallback.builder().name("system_memory_usage_bytes").help("Memory usage in bytes") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> SystemUsage.memoryUsedBytes().ifPresent(cb::call)).register(registry);
		GaugeWithCallback.builder().name("system_disk_usage_percent").help("Disk usage percentage of the results volume") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> SystemUsage.diskPercent(results).ifPresent(cb::call)).register(registry);
		GaugeWithCallback.builder().name("ansys_licenses_total").help("Total ANSYS licenses (lmstat; absent when ANSYS is not configured)") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> licences.get().ifPresent(f -> cb.call(f.issued()))).register(registry);
		GaugeWithCallback.builder().name("ansys_licenses_used").help("Used ANSYS licenses (lmstat; absent when ANSYS is not configured)") //$NON-NLS-1$ //$NON-NLS-2$
				.callback(cb -> licences.get().ifPresent(f -> cb.call(f.inUse()))).register(registry);
		JvmMetrics.builder().register(registry);
	}

	/** @return the label value of a final state: succeeded, failed, cancelled */
	public static String status(RunState state) {
		return state.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public void ended(Job job, Duration ran) {
		duration.observe(ran.toNanos() / 1e9);
		if (job.state().isFinal()) {
			simulations.labelValues(status(job.state())).inc();
		}
	}

	/**
	 * Adds {@code backup_last_success_timestamp_seconds}: when the newest verified backup set was started (absent
	 * until there is one, so the deployment's alert on its age sees no series rather than a zero).
	 */
	public void backups(java.util.function.Supplier<Optional<java.time.Instant>> lastSuccess) {
		GaugeWithCallback.builder().name("backup_last_success_timestamp_seconds") //$NON-NLS-1$
				.help("Start time of the newest verified backup set, in Unix seconds") //$NON-NLS-1$
				.callback(cb -> lastSuccess.get().ifPresent(t -> cb.call(t.getEpochSecond()))).register(registry);
	}

	/** Records the queue as the database last said. */
	public void queue(QueueStats stats) {
		queue.set(stats);
	}

	/** @return the licence counts of the last lmstat query; empty when unknown or not configured */
	public Optional<LicenceCounts.Feature> licences() {
		return licences.get();
	}

	/** Records the licence counts of the last lmstat query (empty: unknown or not configured). */
	public void licences(Optional<LicenceCounts.Feature> feature) {
		licences.set(feature);
	}

	/** Writes every metric in the Prometheus text format. */
	public void write(OutputStream out) throws IOException {
		writer.write(out, registry.scrape());
	}

	/** @return the content type of {@link #write} */
	public String contentType() {
		return writer.getContentType();
	}
}
