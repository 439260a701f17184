package org.laserdamage.results;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;

/**
 * One damage criterion as summary.json records it. The criterion is kept as
 * its file id ("melt-onset", …) so that a summary written by a newer solver
 * with criteria this code does not know still reads.
 *
 * @param criterion  id, see {@link #id(CriterionKind)}
 * @param reached    whether it was reached
 * @param time       when it was reached, s; NaN when not reached
 * @param margin     distance to the criterion at the end, in {@code marginUnit}; NaN if unknown, and
 *                   for a criterion not reached, NaN when it does not apply to the target (melting a
 *                   material without melting data, see {@link CriterionResult#notApplicable})
 * @param marginUnit "K" or "m"
 */
public record CriterionSummary(String criterion, boolean reached, double time, double margin, String marginUnit) {

	public CriterionSummary {
		Objects.requireNonNull(criterion, "criterion"); //$NON-NLS-1$
		Objects.requireNonNull(marginUnit, "marginUnit"); //$NON-NLS-1$
	}

	public static CriterionSummary of(CriterionResult result) {
		return new CriterionSummary(id(result.kind()), result.reached(), result.reached() ? result.time() : Double.NaN,
				result.margin(), result.kind().marginUnit());
	}

	/** @return "reached", "not reached" or "not applicable", as written to summary.json */
	public String status() {
		if (!applicable()) {
			return "not applicable"; //$NON-NLS-1$
		}
		return reached ? "reached" : "not reached"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return false for a criterion that cannot be reached on this target (not reached, NaN margin) */
	public boolean applicable() {
		return reached || !Double.isNaN(margin);
	}

	/** @return the solver's criterion, or empty for an id this version does not know */
	public Optional<CriterionKind> kind() {
		return kindOf(criterion);
	}

	/** @return the id of a criterion in result files: "melt-onset", "melt-through", "peak-temperature" */
	public static String id(CriterionKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** @return the criterion with this file id, if known */
	public static Optional<CriterionKind> kindOf(String id) {
		for (CriterionKind kind : CriterionKind.values()) {
			if (id(kind).equals(id)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
