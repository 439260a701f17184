package org.laserdamage.results.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.ui.internal.editor.Formats;
import org.laserdamage.ui.DisplayUnits;

/**
 * Words that tell runs apart, from their summary.json: the study, the solver
 * and the key settings (power or pulses, beam radius, end time) besides the
 * start time. Used by the Results editor's tab and by the Jobs view.
 */
public final class RunLabels {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private RunLabels() {
	}

	/** @return the beam and the end time, e.g. {@code 1 kW, w = 1 mm, until 2 s} */
	public static String settings(RunSummary summary) {
		return NLS.bind(Messages.RunLabels_settings,
				new Object[] { drive(summary.laser()), DisplayUnits.current().length().format(number(summary.laser(), "radius")), //$NON-NLS-1$
						Formats.time(summary.finalTime()) });
	}

	/** @return the power of a continuous beam ({@code 1 kW}) or the pulses ({@code 20 × 50 mJ}) */
	public static String drive(Map<String, Object> laser) {
		double power = number(laser, "power"); //$NON-NLS-1$
		if (Double.isFinite(power)) {
			return DisplayUnits.current().power().format(power);
		}
		double energy = number(laser, "pulseEnergy"); //$NON-NLS-1$
		double count = number(laser, "pulseCount"); //$NON-NLS-1$
		String each = energy < 1 ? DisplayUnits.number(energy * 1e3, "mJ") : DisplayUnits.number(energy, "J"); //$NON-NLS-1$ //$NON-NLS-2$
		return Double.isFinite(count) ? NLS.bind(Messages.RunLabels_pulses, Long.toString(Math.round(count)), each)
				: each;
	}

	/** @return study, solver and settings, e.g. {@code AISI 304 plate · builtin 1.0 · 1 kW, w = 1 mm, until 2 s} */
	public static String describe(RunSummary summary) {
		return NLS.bind(Messages.RunLabels_describe, new Object[] { summary.studyName(),
				summary.solverId() + ' ' + summary.solverVersion(), settings(summary) });
	}

	/** @return a short editor title: study, power or pulses, local start time */
	public static String title(RunSummary summary) {
		return NLS.bind(Messages.RunLabels_title,
				new Object[] { summary.studyName(), drive(summary.laser()), CLOCK.format(summary.created()) });
	}

	/** @return everything that tells the run apart, and where it is */
	public static String toolTip(RunSummary summary, Path directory) {
		return NLS.bind(Messages.RunLabels_toolTip,
				new Object[] { describe(summary), Formats.instant(summary.created()), directory });
	}

	private static double number(Map<String, Object> laser, String key) {
		return laser.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
	}
}
