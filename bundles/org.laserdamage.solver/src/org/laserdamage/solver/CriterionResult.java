package org.laserdamage.solver;

/**
 * Outcome of one damage criterion.
 *
 * @param kind    the criterion
 * @param reached whether it was reached within the simulated time
 * @param time    when it was reached, s; NaN when not reached
 * @param margin  distance to the criterion at the end of the run (or 0 once reached
 *                for melt-through), in {@link CriterionKind#marginUnit()}; negative
 *                means exceeded
 */
public record CriterionResult(CriterionKind kind, boolean reached, double time, double margin) {
}
