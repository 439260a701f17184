package org.laserdamage.results.ui.internal.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.laserdamage.results.CriterionSummary;
import org.laserdamage.ui.DisplayUnits;

/**
 * How the editor writes values: times in s, ms or µs, temperatures in the
 * user's {@link DisplayUnits}, four significant digits.
 */
public final class Formats {

	private static final String NONE = "\u2013"; //$NON-NLS-1$
	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private Formats() {
	}

	/** @return a duration or instant of the run, e.g. {@code 452.3 ms} or {@code 1.25 s}; a dash when unknown */
	public static String time(double seconds) {
		if (!Double.isFinite(seconds)) {
			return NONE;
		}
		double magnitude = Math.abs(seconds);
		if (magnitude == 0 || magnitude >= 1) {
			return DisplayUnits.number(seconds, "s"); //$NON-NLS-1$
		}
		if (magnitude >= 1e-3) {
			return DisplayUnits.number(seconds * 1e3, "ms"); //$NON-NLS-1$
		}
		return DisplayUnits.number(seconds * 1e6, "\u00b5s"); //$NON-NLS-1$
	}

	/** @return a temperature (K) in the display unit */
	public static String temperature(double kelvin) {
		return DisplayUnits.current().temperature().format(kelvin);
	}

	/** @return the margin of a criterion: a temperature difference or a length, in the display units */
	public static String margin(CriterionSummary criterion) {
		if (!Double.isFinite(criterion.margin())) {
			return NONE;
		}
		return DisplayUnits.current().formatMargin(criterion.margin(), criterion.marginUnit());
	}

	/** @return the local date and time of an instant */
	public static String instant(Instant instant) {
		return CREATED.format(instant);
	}

	/** @return the name of a criterion id ({@code melt-through} …), or the id itself when unknown */
	public static String criterion(String id) {
		return switch (id) {
		case "melt-onset" -> Messages.Criterion_meltOnset; //$NON-NLS-1$
		case "melt-through" -> Messages.Criterion_meltThrough; //$NON-NLS-1$
		case "peak-temperature" -> Messages.Criterion_peakTemperature; //$NON-NLS-1$
		default -> id;
		};
	}
}
