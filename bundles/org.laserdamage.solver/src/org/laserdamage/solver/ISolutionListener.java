package org.laserdamage.solver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Receives a solution as it is computed, so results can be written while
 * the solver runs and nothing computed is lost if a later step fails.
 * Called on the solver's thread; every method has an empty default.
 */
public interface ISolutionListener {

	/**
	 * @return a directory where a solver may keep its own files (an external
	 *         code's input, output and {@code solver.log}), normally the run
	 *         directory being written; empty when there is none, and the solver
	 *         then works in a temporary directory
	 */
	default Optional<Path> runDirectory() {
		return Optional.empty();
	}

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
