package org.laserdamage.solver.builtin.internal;

import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/** Checks what the problem records themselves cannot: the limits of this solver. */
public final class ProblemCheck {

	/** About 200 bytes per cell of work arrays: 2 million cells stay within a 2 GB heap's share. */
	public static final int MAX_CELLS = 2_000_000;
	public static final long MAX_OUTPUTS = 1_000_000;

	private ProblemCheck() {
	}

	/** @throws IllegalArgumentException naming the offending setting and what to change */
	public static void check(ThermalProblem problem) {
		if (!Double.isFinite(problem.initialTemperature())) {
			throw new IllegalArgumentException(
					Messages.bind(Messages.initialTemperature, problem.initialTemperature()));
		}
		if (problem.fixedFrontTemperature().isPresent()) {
			double held = problem.fixedFrontTemperature().getAsDouble();
			if (!(held > 0) || !Double.isFinite(held)) {
				throw new IllegalArgumentException(Messages.bind(Messages.fixedFrontTemperature, held));
			}
		}
		long cells = (long) problem.radialCells() * problem.layers().stream().mapToLong(l -> l.cells()).sum();
		if (cells > MAX_CELLS) {
			throw new IllegalArgumentException(Messages.bind(Messages.tooManyCells, problem.name(), cells, MAX_CELLS));
		}
		TimeControl time = problem.time();
		double outputs = Math.ceil(time.endTime() / time.outputInterval());
		if (outputs > MAX_OUTPUTS) {
			throw new IllegalArgumentException(Messages.bind(Messages.tooManyOutputs,
					Messages.number(time.outputInterval()), Messages.number(time.endTime()), (long) outputs, MAX_OUTPUTS));
		}
	}
}
