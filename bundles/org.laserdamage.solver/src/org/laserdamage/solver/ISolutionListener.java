package org.laserdamage.solver;

/**
 * Receives a solution as it is computed, so results can be written while
 * the solver runs and nothing computed is lost if a later step fails.
 * Called on the solver's thread; every method has an empty default.
 */
public interface ISolutionListener {

	/** Called once before the first step. */
	default void meshReady(MeshDescription mesh) {
	}

	/**
	 * Probe temperatures at time 0 and after every accepted time step (so
	 * output times and the end are included); times strictly increase.
	 *
	 * @param temperatures K, in the order of {@link ThermalProblem#probes()}
	 */
	default void probeSample(double time, double[] temperatures) {
	}

	/** A field snapshot, at time 0, at every output interval and at the end. */
	default void snapshot(FieldSnapshot snapshot) {
	}

	/**
	 * A criterion was reached. For melt-through the field at that moment
	 * follows as a {@link #snapshot(FieldSnapshot)}.
	 */
	default void criterionReached(CriterionKind kind, double time) {
	}
}
