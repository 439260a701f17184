package org.laserdamage.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.laserdamage.monitor.SampleHistory;
import org.laserdamage.monitor.SystemSample;

/**
 * The failure rate of the health chart, computed as the deployment's alert
 * computes it: failed / ended within five minutes, 0 when nothing ended.
 */
class SampleHistoryTest {

	private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

	private static SystemSample at(long seconds, long succeeded, long failed, long cancelled) {
		return new SystemSample(T0.plusSeconds(seconds), 10.0, 20.0, 30.0, 0, 0, succeeded, failed, cancelled, null, null);
	}

	@Test
	void oneSampleHasNoRate() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(30));
		h.add(at(0, 5, 5, 0));
		assertTrue(h.failureRatePercent().isEmpty());
	}

	@Test
	void nothingEndedIsZeroNotUndefined() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(30));
		h.add(at(0, 7, 3, 1));
		h.add(at(5, 7, 3, 1));
		assertEquals(0.0, h.failureRatePercent().orElseThrow());
	}

	@Test
	void rateIsFailedOverEndedInTheWindow() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(30));
		h.add(at(0, 100, 100, 0)); // before the window: not counted
		h.add(at(300, 100, 100, 0)); // at the start of the window (600 - 300 s): the base
		h.add(at(600, 106, 102, 2)); // 6 succeeded, 2 failed, 2 cancelled since 300 s -> 2 / 10
		assertEquals(20.0, h.failureRatePercent().orElseThrow(), 1e-12);
	}

	@Test
	void theBaseIsTheLastSampleAtOrBeforeTheWindowStart() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(30));
		h.add(at(0, 0, 0, 0));
		h.add(at(100, 0, 4, 0)); // at the window's start (400 - 300): the base
		h.add(at(400, 3, 5, 0)); // since the base: 3 succeeded, 1 failed
		assertEquals(25.0, h.failureRatePercent().orElseThrow(), 1e-12);
	}

	@Test
	void countsThatGoDownStartAgain() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(30));
		h.add(at(0, 50, 50, 0));
		h.add(at(5, 1, 0, 0)); // a new database: its counts are not differences of the old ones
		assertEquals(1, h.samples().size());
		h.add(at(10, 1, 1, 0));
		assertEquals(100.0, h.failureRatePercent().orElseThrow(), 1e-12);
	}

	@Test
	void samplesOlderThanTheSpanAreForgotten() {
		SampleHistory h = new SampleHistory(Duration.ofMinutes(1));
		for (int s = 0; s <= 120; s += 10) {
			h.add(at(s, 0, 0, 0));
		}
		assertEquals(T0.plusSeconds(60), h.samples().get(0).time());
		assertEquals(7, h.samples().size());
	}
}
