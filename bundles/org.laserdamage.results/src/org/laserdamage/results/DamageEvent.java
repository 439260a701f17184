package org.laserdamage.results;

import java.util.Objects;

/**
 * A criterion reached during the run, as recorded in events.csv the moment
 * the solver reported it (so it survives a run that never finishes).
 *
 * @param time      s
 * @param criterion id, see {@link CriterionSummary#id(org.laserdamage.solver.CriterionKind)}
 */
public record DamageEvent(double time, String criterion) {

	public DamageEvent {
		Objects.requireNonNull(criterion, "criterion"); //$NON-NLS-1$
	}
}
