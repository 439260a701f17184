package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.VerificationSummary;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Richardson extrapolation on sequences whose error is known exactly: values
 * f(h) = a + c h^p on meshes h, 2h and 4h give back the order p and the limit
 * a to rounding, whatever a, c and p.
 */
class DiscretisationEstimateTest {

	@TempDir
	Path dir;

	private static double f(double a, double c, double p, double h) {
		return a + c * Math.pow(h, p);
	}

	@Test
	void exactErrorsOfSecondAndFirstOrderSequencesAreRecovered() {
		for (double p : new double[] { 1, 1.5, 2, 3 }) {
			double a = 0.0123;
			double c = -4.0e-4;
			DiscretisationEstimate e = DiscretisationEstimate.of("melt-onset", "s", f(a, c, p, 1), f(a, c, p, 2), //$NON-NLS-1$ //$NON-NLS-2$
					f(a, c, p, 4), 2, 0);
			assertTrue(e.observedOrder(), "order " + p); //$NON-NLS-1$
			assertEquals(p, e.order(), 1e-9, "order"); //$NON-NLS-1$
			assertEquals(a, e.extrapolated(), 1e-12 * a, "limit"); //$NON-NLS-1$
			assertEquals(-c, e.error(), 1e-12, "error of the fine value"); //$NON-NLS-1$
			assertEquals(-c / f(a, c, p, 1), e.relativeError(), 1e-9);
		}
	}

	@Test
	void aTemperatureErrorIsRelativeToTheRiseAboveTheInitialTemperature() {
		double t0 = 300;
		// 2nd order towards 1300 K: 1300 + 8 h^2
		DiscretisationEstimate e = DiscretisationEstimate.of(DiscretisationEstimate.PEAK_TEMPERATURE, "K", 1308, 1332, //$NON-NLS-1$
				1428, 2, t0);
		assertEquals(2, e.order(), 1e-12);
		assertEquals(-8, e.error(), 1e-9);
		assertEquals(-8 / 1008.0, e.relativeError(), 1e-12);
	}

	@Test
	void irregularConvergenceFallsBackToFirstOrderOnTheSafeSide() {
		// oscillating: fine 10.0, medium 10.4, coarse 10.2 (q < 0)
		DiscretisationEstimate oscillating = DiscretisationEstimate.of("melt-through", "s", 10.0, 10.4, 10.2, 2, 0); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(oscillating.observedOrder());
		assertEquals(1, oscillating.order());
		assertEquals(-0.4, oscillating.error(), 1e-12);
		// an apparent order of 6 is outside the asymptotic range, so first order is assumed as well
		DiscretisationEstimate steep = DiscretisationEstimate.of("melt-through", "s", 1.0, 1.01, 1.65, 2, 0); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(steep.observedOrder());
		assertEquals(-0.01, steep.error(), 1e-12);
		// the coarsest level did not reach the criterion: two levels, first order
		DiscretisationEstimate two = DiscretisationEstimate.of("melt-through", "s", 1.0, 1.1, Double.NaN, 2, 0); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(two.estimated());
		assertFalse(two.observedOrder());
		assertEquals(-0.1, two.error(), 1e-12);
	}

	@Test
	void nothingIsEstimatedWhenTheMediumLevelDidNotReachTheCriterion() {
		DiscretisationEstimate e = DiscretisationEstimate.of("melt-through", "s", 1.0, Double.NaN, Double.NaN, 2, 0); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(e.estimated());
		assertTrue(Double.isNaN(e.extrapolated()));
		assertTrue(Double.isNaN(e.relativeError()));
	}

	@Test
	void theCheckIsWrittenToSummaryJsonAndReadBack() throws IOException {
		VerificationSummary check = new VerificationSummary(2,
				List.of("30 × 4+12 cells", "15 × 2+6 cells", "8 × 1+3 cells"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(DiscretisationEstimate.of("melt-onset", "s", 1.2e-3, 1.25e-3, 1.4e-3, 2, 0), //$NON-NLS-1$ //$NON-NLS-2$
						DiscretisationEstimate.of("melt-through", "s", 4e-3, Double.NaN, Double.NaN, 2, 0), //$NON-NLS-1$ //$NON-NLS-2$
						DiscretisationEstimate.of(DiscretisationEstimate.PEAK_TEMPERATURE, "K", 2599.97, 2580, 2500, 2, //$NON-NLS-1$
								300)),
				"The coarser level (8 × 1+3 cells) could not be solved: diverged"); //$NON-NLS-1$
		RunSummary summary = SyntheticRun.summary("Plate", true).withVerification(check, List.of("large error")); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("summary.json"); //$NON-NLS-1$
		SummaryJson.write(summary, file);
		RunSummary back = SummaryJson.read(file);
		assertEquals(summary, back);
		assertEquals(check, back.verificationCheck().orElseThrow());
		assertTrue(back.warnings().contains("large error")); //$NON-NLS-1$

		JsonObject o = JsonParser.parseString(SummaryJson.toJson(summary)).getAsJsonObject();
		JsonObject through = o.getAsJsonObject("verification").getAsJsonArray("estimates").get(1).getAsJsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(through.get("error").isJsonNull(), "unknown numbers are null: " + through); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("melt-through", through.get("quantity").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$

		RunSummary without = SyntheticRun.summary("Plate", true); //$NON-NLS-1$
		assertFalse(JsonParser.parseString(SummaryJson.toJson(without)).getAsJsonObject().has("verification")); //$NON-NLS-1$
		assertTrue(without.verificationCheck().isEmpty());
	}
}
