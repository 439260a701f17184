package org.laserdamage.monitor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The samples of the last {@link #span()}, oldest first, and the failure
 * rate computed from them the way the deployment's alert computes it: the
 * share of the jobs that ended within the rate window that failed, and 0 %
 * (not undefined) when none ended. A source whose counts went down (a
 * restarted workbench, a new database) starts the window again. Thread-safe.
 */
public final class SampleHistory {

	/** The window of the failure rate, as the alert's {@code rate(…[5m])}. */
	public static final Duration RATE_WINDOW = Duration.ofMinutes(5);

	private final Duration span;
	private final Deque<SystemSample> samples = new ArrayDeque<>();

	/** @param span how far back samples are kept */
	public SampleHistory(Duration span) {
		this.span = span;
	}

	/** @return how far back samples are kept */
	public Duration span() {
		return span;
	}

	/** Adds a sample and forgets those older than the span (and the whole history when the counts went down). */
	public synchronized void add(SystemSample sample) {
		SystemSample last = samples.peekLast();
		if (last != null && (sample.succeeded() < last.succeeded() || sample.failed() < last.failed()
				|| sample.cancelled() < last.cancelled())) {
			samples.clear();
		}
		samples.addLast(sample);
		while (samples.size() > 1 && samples.peekFirst().time().isBefore(sample.time().minus(span))) {
			samples.removeFirst();
		}
	}

	/** @return the samples, oldest first */
	public synchronized List<SystemSample> samples() {
		return new ArrayList<>(samples);
	}

	/** @return the newest sample */
	public synchronized Optional<SystemSample> latest() {
		return Optional.ofNullable(samples.peekLast());
	}

	/**
	 * @return the failure rate in percent over the {@link #RATE_WINDOW} before the newest sample: failed jobs
	 *         divided by ended jobs in that window, 0 when none ended; empty with fewer than two samples
	 */
	public synchronized Optional<Double> failureRatePercent() {
		SystemSample newest = samples.peekLast();
		if (newest == null || samples.size() < 2) {
			return Optional.empty();
		}
		SystemSample base = samples.peekFirst(); // the newest one at or before the window's start, else the oldest
		for (SystemSample s : samples) {
			if (!s.time().isAfter(newest.time().minus(RATE_WINDOW))) {
				base = s;
			}
		}
		long ended = newest.ended() - base.ended();
		long failed = newest.failed() - base.failed();
		return Optional.of(ended <= 0 ? 0.0 : 100.0 * failed / ended);
	}
}
