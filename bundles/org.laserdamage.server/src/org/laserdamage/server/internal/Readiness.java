package org.laserdamage.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.monitor.SystemUsage;

/**
 * The checks of {@code /ready} (the seed's §4.1.1): a real database query,
 * the ANSYS licence server's port when ANSYS is configured, the results
 * volume under 90 % full, memory under 90 % in use. Each runs at the same time
 * as the others and is bounded by a timeout, so a hung database makes the
 * replica not ready within that time instead of hanging the probe.
 */
public final class Readiness {

	/** The outcome of one check. */
	public record Check(Object value, String detail) {
		/** @return whether the check does not stop the replica from being ready */
		public boolean ok() {
			return !Boolean.FALSE.equals(value);
		}
	}

	/** Limit of the disk and memory checks, percent. */
	public static final double LIMIT_PERCENT = 90;

	private final JobQueue queue;
	private final Path results;
	private final Optional<String> licenceServer;
	private final Duration timeout;
	private final BooleanSupplier draining;
	private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "laserdamage-ready"); //$NON-NLS-1$
		t.setDaemon(true);
		return t;
	});

	/**
	 * @param licenceServer ANSYSLMD_LICENSE_FILE ({@code port@host}, several joined by ':'), when ANSYS is
	 *                      configured
	 * @param draining      whether the replica is shutting down (then it is not ready: no new requests)
	 */
	public Readiness(JobQueue queue, Path results, Optional<String> licenceServer, Duration timeout,
			BooleanSupplier draining) {
		this.queue = queue;
		this.results = results;
		this.licenceServer = licenceServer;
		this.timeout = timeout;
		this.draining = draining;
	}

	/** @return every check by the seed's name, in its order; ready when none is false */
	public Map<String, Check> check() {
		Future<Check> database = executor.submit(this::database);
		Future<Check> ansys = executor.submit(this::ansys);
		Map<String, Check> checks = new LinkedHashMap<>();
		checks.put("database", await(database)); //$NON-NLS-1$
		checks.put("ansys", await(ansys)); //$NON-NLS-1$
		checks.put("disk_space", percent(SystemUsage.diskPercent(results), "results volume " + results.getFileName())); //$NON-NLS-1$ //$NON-NLS-2$
		checks.put("memory", percent(SystemUsage.memoryPercent(), "memory")); //$NON-NLS-1$ //$NON-NLS-2$
		if (draining.getAsBoolean()) {
			checks.put("accepting_jobs", new Check(Boolean.FALSE, "shutting down: running jobs finish or are handed back")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return checks;
	}

	private Check await(Future<Check> check) {
		try {
			return check.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			check.cancel(true);
			return new Check(Boolean.FALSE, "no answer within " + timeout.toMillis() / 1000.0 + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Check(Boolean.FALSE, "interrupted"); //$NON-NLS-1$
		} catch (java.util.concurrent.ExecutionException e) {
			return new Check(Boolean.FALSE, String.valueOf(e.getCause().getMessage()));
		}
	}

	private Check database() {
		try {
			queue.ping(timeout);
			return new Check(Boolean.TRUE, queue.location());
		} catch (CoreException e) {
			return new Check(Boolean.FALSE, e.getStatus().getMessage());
		}
	}

	/** Connects to the licence server's port (a FlexNet lmgrd answers on it), when one is configured. */
	private Check ansys() {
		if (licenceServer.isEmpty()) {
			return new Check("not configured", "set ANSYS_ROOT and ANSYSLMD_LICENSE_FILE to run ANSYS jobs"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String failures = ""; //$NON-NLS-1$
		for (String server : licenceServer.get().split("[:;]")) { //$NON-NLS-1$
			int at = server.indexOf('@');
			if (at <= 0) {
				failures += server + ": not port@host; "; //$NON-NLS-1$
				continue;
			}
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(server.substring(at + 1), Integer.parseInt(server.substring(0, at))),
						(int) timeout.toMillis());
				return new Check(Boolean.TRUE, "licence server " + server + " reachable"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IOException | IllegalArgumentException e) {
				failures += server + ": " + e.getMessage() + "; "; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return new Check(Boolean.FALSE, "no licence server reachable: " + failures); //$NON-NLS-1$
	}

	private static Check percent(Optional<Double> used, String what) {
		if (used.isEmpty()) {
			return new Check(Boolean.FALSE, what + ": cannot be measured"); //$NON-NLS-1$
		}
		double p = used.get();
		return new Check(p < LIMIT_PERCENT, String.format(Locale.ROOT, "%s %.1f %% used (limit %.0f %%)", what, p, //$NON-NLS-1$
				LIMIT_PERCENT));
	}

	public void close() {
		executor.shutdownNow();
	}
}
