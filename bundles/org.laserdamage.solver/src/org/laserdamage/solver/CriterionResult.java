package org.laserdamage.solver;

/**
 * Outcome of one damage criterion.
 *
 * @param kind    the criterion
 * @param reached whether it was reached within the simulated time
 * @param time    when it was reached, s; NaN when not reached
 * @param margin  distance to the criterion at the end of the run (or 0 once reached
 *                for melt-through), in {@link CriterionKind#marginUnit()}; negative
 *                means exceeded; NaN when the criterion does not apply to the target
 *                (melt criteria where the materials have no melting data)
 */
public record CriterionResult(CriterionKind kind, boolean reached, double time, double margin) {

	/** @return the result of a criterion that cannot be reached on this target, such as melting a material that never melts */
	public static CriterionResult notApplicable(CriterionKind kind) {
		return new CriterionResult(kind, false, Double.NaN, Double.NaN);
	}

	/** @return false for a criterion that does not apply to the target (see {@link #notApplicable}) */
	public boolean applicable() {
		return reached || !Double.isNaN(margin);
	}
}
