package org.laserdamage.runs.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.RunSummary;
import org.laserdamage.ui.DisplayUnits;

/** What a finished run computed, as lines for the console and the Run Summary: the peak and each damage criterion. */
public final class SummaryLines {

	private SummaryLines() {
	}

	/** @return the peak temperature line, then one line per criterion (time reached, or margin) */
	public static List<String> of(RunSummary summary, DisplayUnits units) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.Summary_peak, units.temperature().format(summary.peak().temperature()),
				seconds(summary.peak().time())));
		for (CriterionSummary c : summary.criteria()) {
			if (!c.applicable()) {
				lines.add(NLS.bind(Messages.Summary_notApplicable, c.criterion()));
			} else {
				lines.add(c.reached() ? NLS.bind(Messages.Summary_reached, c.criterion(), seconds(c.time()))
						: NLS.bind(Messages.Summary_notReached, c.criterion(), units.formatMargin(c.margin(), c.marginUnit())));
			}
		}
		return lines;
	}

	private static String seconds(double value) {
		return String.format(Locale.ROOT, "%.4g", value); //$NON-NLS-1$
	}
}
