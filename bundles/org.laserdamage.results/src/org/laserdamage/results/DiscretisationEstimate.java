package org.laserdamage.results;

import java.util.Objects;

/**
 * The estimated discretisation error of one result of a run, by Richardson
 * extrapolation from the run itself (fine) and the same study on meshes and
 * time steps {@code r} and {@code r²} times coarser (medium, coarse).
 * <p>
 * With three values the order of convergence is observed,
 * p = ln((coarse − medium)/(medium − fine)) / ln r, and taken when the
 * values converge monotonically with 0.5 ≤ p ≤ 4 (the asymptotic range).
 * Otherwise, or with only two values, p = 1 is assumed: the backward-Euler
 * time stepping is first order, the lowest order of the scheme, so the
 * estimate is then on the safe (large) side. The estimated error of the
 * fine value is (fine − medium)/(r^p − 1), the extrapolated value fine plus
 * that error.
 *
 * @param quantity      what is estimated: a criterion's id (its time, s) or {@link #PEAK_TEMPERATURE}
 * @param unit          "s" or "K"
 * @param fine          the run's value; NaN when not reached
 * @param medium        on the mesh r times coarser; NaN when not reached or not run
 * @param coarse        on the mesh r² times coarser; NaN when not reached or not run
 * @param order         the order used; NaN when no estimate could be made
 * @param observedOrder whether {@code order} was observed from the three values (else assumed)
 * @param error         estimated error of the fine value (extrapolated − fine), in {@code unit}; NaN when unknown
 * @param relativeError {@code error} over the fine value (for a temperature, over its rise above the initial
 *                      temperature); NaN when unknown
 */
public record DiscretisationEstimate(String quantity, String unit, double fine, double medium, double coarse,
		double order, boolean observedOrder, double error, double relativeError) {

	/** The quantity id of the peak temperature. */
	public static final String PEAK_TEMPERATURE = "peak-temperature-value"; //$NON-NLS-1$
	static final double LOWEST_ORDER = 0.5;
	static final double HIGHEST_ORDER = 4;

	public DiscretisationEstimate {
		Objects.requireNonNull(quantity, "quantity"); //$NON-NLS-1$
		Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
	}

	/**
	 * @param ratio refinement ratio r between the levels, above 1
	 * @param base  zero of the relative error: 0 for a time, the initial temperature for a temperature
	 */
	public static DiscretisationEstimate of(String quantity, String unit, double fine, double medium, double coarse,
			double ratio, double base) {
		if (!Double.isFinite(fine) || !Double.isFinite(medium)) {
			return new DiscretisationEstimate(quantity, unit, fine, medium, coarse, Double.NaN, false, Double.NaN,
					Double.NaN);
		}
		double order = 1;
		boolean observed = false;
		double step = medium - fine;
		if (Double.isFinite(coarse) && step != 0) {
			double q = (coarse - medium) / step;
			if (q > 0) {
				double p = Math.log(q) / Math.log(ratio);
				if (p >= LOWEST_ORDER && p <= HIGHEST_ORDER) {
					order = p;
					observed = true;
				}
			}
		}
		double error = (fine - medium) / (Math.pow(ratio, order) - 1);
		double scale = fine - base;
		return new DiscretisationEstimate(quantity, unit, fine, medium, coarse, order, observed, error,
				scale != 0 ? error / Math.abs(scale) : Double.NaN);
	}

	/** @return the extrapolated value, fine + error; NaN when unknown */
	public double extrapolated() {
		return fine + error;
	}

	/** @return whether an error could be estimated (the value was reached on the fine and the medium level) */
	public boolean estimated() {
		return Double.isFinite(error);
	}
}
