package org.laserdamage.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The discretisation check of a run (solver.verify): the levels that were
 * solved and, per criterion time and for the peak temperature, the
 * estimated error ({@link DiscretisationEstimate}).
 *
 * @param ratio     refinement ratio between the levels
 * @param levels    the meshes and steps, fine (the run) first, e.g. "60 × 30 cells, ΔT 10 K per step"
 * @param estimates one per criterion reached on the fine level, and the peak temperature
 * @param failure   why a coarser level could not be solved, or null when all were
 */
public record VerificationSummary(double ratio, List<String> levels, List<DiscretisationEstimate> estimates,
		String failure) {

	public VerificationSummary {
		levels = List.copyOf(levels);
		estimates = List.copyOf(estimates);
		Objects.requireNonNull(levels, "levels"); //$NON-NLS-1$
	}

	/** @return the estimate of one quantity (a criterion id or {@link DiscretisationEstimate#PEAK_TEMPERATURE}) */
	public Optional<DiscretisationEstimate> estimate(String quantity) {
		return estimates.stream().filter(e -> e.quantity().equals(quantity)).findFirst();
	}
}
