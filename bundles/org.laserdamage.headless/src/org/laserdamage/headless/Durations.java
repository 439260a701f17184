package org.laserdamage.headless;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/** Durations as a user types them: {@code 2h}, {@code 30m}, {@code 90s}, {@code 1h30m}, {@code 1.5s}, {@code 500ms}. */
final class Durations {

	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|min|m|h|d)"); //$NON-NLS-1$

	private Durations() {
	}

	/**
	 * @param option the option that gave the text, for the message
	 * @return the duration, never zero or negative
	 * @throws IllegalArgumentException naming the option, the text and the fix
	 */
	static Duration parse(String option, String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		Matcher m = PART.matcher(t);
		BigDecimal millis = BigDecimal.ZERO;
		int at = 0;
		while (at < t.length() && m.find(at) && m.start() == at) {
			millis = millis.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis(m.group(2)))));
			at = m.end();
		}
		if (t.isEmpty() || at != t.length()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_badDuration, option, text));
		}
		if (millis.signum() == 0 || millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_durationRange, option, text));
		}
		return Duration.ofMillis(Math.max(1, millis.longValue()));
	}

	private static long unitMillis(String unit) {
		switch (unit) {
		case "ms": //$NON-NLS-1$
			return 1;
		case "s": //$NON-NLS-1$
			return 1_000;
		case "m": //$NON-NLS-1$
		case "min": //$NON-NLS-1$
			return 60_000;
		case "h": //$NON-NLS-1$
			return 3_600_000;
		default: // d
			return 86_400_000;
		}
	}

	/** @return e.g. {@code 2 h}, {@code 30 min}, {@code 1.5 s} */
	static String describe(Duration d) {
		if (d.toSecondsPart() == 0 && d.toMillisPart() == 0 && d.toMinutes() > 0) {
			return d.toMinutesPart() == 0 ? d.toHours() + " h" : d.toMinutes() + " min"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s"; //$NON-NLS-1$
	}
}
