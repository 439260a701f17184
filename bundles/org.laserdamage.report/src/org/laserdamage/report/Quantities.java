package org.laserdamage.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Formats SI values for people: four significant digits with a prefix that
 * keeps the number between 1 and 1000 ("1.25 ms", "94.2 kW"), lengths in mm
 * as the maps use, temperatures in K. Unknown values (NaN) print as "n/a".
 */
final class Quantities {

	static final String UNKNOWN = "n/a"; //$NON-NLS-1$
	private static final String[] PREFIXES = { "p", "n", "µ", "m", "", "k", "M", "G", "T" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final int UNIT_PREFIX = 4;
	private static final MathContext FOUR_DIGITS = new MathContext(4);

	private Quantities() {
	}

	/** @return e.g. "1.25 ms" for (0.00125, "s") */
	static String si(double value, String unit) {
		if (!Double.isFinite(value)) {
			return UNKNOWN;
		}
		if (value == 0) {
			return "0 " + unit; //$NON-NLS-1$
		}
		int exponent = (int) Math.floor(Math.log10(Math.abs(value)) / 3);
		// rounding to 4 digits can carry into the next prefix (999.96 -> 1000)
		if (Math.abs(round(value / Math.pow(1000, exponent))) >= 1000) {
			exponent++;
		}
		int prefix = Math.max(0, Math.min(PREFIXES.length - 1, UNIT_PREFIX + exponent));
		return plain(value / Math.pow(1000, prefix - UNIT_PREFIX)) + " " + PREFIXES[prefix] + unit; //$NON-NLS-1$
	}

	/** @return the value with four significant digits, without exponent or trailing zeros */
	static String plain(double value) {
		if (!Double.isFinite(value)) {
			return UNKNOWN;
		}
		return BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
	}

	/** @return a length given in m, in mm: "0.35 mm" */
	static String mm(double metres) {
		return Double.isFinite(metres) ? plain(metres * 1e3) + " mm" : UNKNOWN; //$NON-NLS-1$
	}

	/** @return a temperature in K with one decimal: "1234.5 K" */
	static String kelvin(double kelvin) {
		return Double.isFinite(kelvin) ? String.format(Locale.ROOT, "%.1f K", kelvin) : UNKNOWN; //$NON-NLS-1$
	}

	/** @return a wall-clock duration: "12.3 s" or "4 min 05 s" */
	static String duration(double seconds) {
		if (!Double.isFinite(seconds)) {
			return UNKNOWN;
		}
		if (seconds < 60) {
			return si(seconds, "s"); //$NON-NLS-1$
		}
		long s = Math.round(seconds);
		return s >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60) //$NON-NLS-1$
				: String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60); //$NON-NLS-1$
	}

	/** @return a margin in its unit of summary.json, lengths shown in mm: "+123.4 K", "0.35 mm" */
	static String margin(double margin, String unit) {
		if (!Double.isFinite(margin)) {
			return UNKNOWN;
		}
		if ("m".equals(unit)) { //$NON-NLS-1$
			return mm(margin);
		}
		if ("K".equals(unit)) { //$NON-NLS-1$
			return String.format(Locale.ROOT, "%+.1f K", margin); //$NON-NLS-1$
		}
		return plain(margin) + " " + unit; //$NON-NLS-1$
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).round(FOUR_DIGITS).doubleValue();
	}

	/** A time unit for chart axes, so that tick labels read "0 … 250 ms" rather than "0 … 0.25 s". */
	record TimeAxis(double factor, String unit) {

		static TimeAxis forSpan(double maxSeconds) {
			if (!(maxSeconds > 0) || maxSeconds >= 1) {
				return new TimeAxis(1, "s"); //$NON-NLS-1$
			}
			if (maxSeconds >= 1e-3) {
				return new TimeAxis(1e3, "ms"); //$NON-NLS-1$
			}
			if (maxSeconds >= 1e-6) {
				return new TimeAxis(1e6, "µs"); //$NON-NLS-1$
			}
			return new TimeAxis(1e9, "ns"); //$NON-NLS-1$
		}
	}
}
