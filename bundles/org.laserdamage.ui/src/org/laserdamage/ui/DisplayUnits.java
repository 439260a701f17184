package org.laserdamage.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The units the workbench shows values in. Models, files and solvers stay in
 * SI (K, W, m); these only convert for display and parse nothing.
 */
public final class DisplayUnits {

	private static final MathContext FOUR_DIGITS = new MathContext(4);

	/** A unit of one quantity: its symbol and how SI values convert to it. */
	public enum Unit {
		KELVIN("K", 1.0, 0.0), //$NON-NLS-1$
		CELSIUS("\u00b0C", 1.0, -273.15), //$NON-NLS-1$
		WATT("W", 1.0, 0.0), //$NON-NLS-1$
		KILOWATT("kW", 1e-3, 0.0), //$NON-NLS-1$
		MILLIMETRE("mm", 1e3, 0.0), //$NON-NLS-1$
		MICROMETRE("\u00b5m", 1e6, 0.0); //$NON-NLS-1$

		private final String symbol;
		private final double scale;
		private final double offset;

		Unit(String symbol, double scale, double offset) {
			this.symbol = symbol;
			this.scale = scale;
			this.offset = offset;
		}

		public String symbol() {
			return symbol;
		}

		/** @return {@code si} (K, W or m) in this unit */
		public double fromSi(double si) {
			return si * scale + offset;
		}

		/** @return a value in this unit in SI */
		public double toSi(double value) {
			return (value - offset) / scale;
		}

		/** @return the value with four significant digits and the symbol, e.g. {@code 660.3 °C} */
		public String format(double si) {
			return number(fromSi(si), symbol);
		}
	}

	/**
	 * @return {@code value} with four significant digits, in plain notation (a
	 *         user reads "0.00012 m" or "15000 W", never "1.2e-04"), and
	 *         {@code symbol}; a dash when not finite
	 */
	public static String number(double value, String symbol) {
		if (!Double.isFinite(value)) {
			return "\u2013"; //$NON-NLS-1$
		}
		String digits = value == 0 ? "0" //$NON-NLS-1$
				: new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
		return digits + ' ' + symbol;
	}

	/**
	 * @return a damage margin, saying what its sign means: a temperature
	 *         difference ({@code siUnit} K, threshold minus peak) always in K,
	 *         "395 K below the threshold" or "12 K above the threshold"; a
	 *         length (m, the solid left) in the display unit, "0.42 mm of solid
	 *         left"; other units as they are
	 */
	public String formatMargin(double si, String siUnit) {
		return switch (siUnit) {
		case "K" -> NLS.bind(si < 0 ? Messages.Margin_above : Messages.Margin_below, number(Math.abs(si), "K")); //$NON-NLS-1$ //$NON-NLS-2$
		case "m" -> NLS.bind(Messages.Margin_solidLeft, length.format(si)); //$NON-NLS-1$
		default -> number(si, siUnit);
		};
	}

	/** A temperature as the core writes it into run warnings: "3200 K", not part of a unit like W/(m^2 K). */
	private static final Pattern KELVIN_IN_TEXT = Pattern.compile("(?<![\\w.,^])(-?\\d+(?:\\.\\d+)?) K(?!\\w)"); //$NON-NLS-1$

	/**
	 * @return {@code text} (a run warning written by the core, "The peak
	 *         temperature 3200 K exceeds …") with each temperature in kelvin
	 *         written in the display unit of temperatures; the rest unchanged.
	 *         Only for texts whose kelvin values are temperatures, never
	 *         differences.
	 */
	public String temperaturesIn(String text) {
		if (temperature == Unit.KELVIN || text == null) {
			return text;
		}
		Matcher m = KELVIN_IN_TEXT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(temperature.format(Double.parseDouble(m.group(1)))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private final Unit temperature;
	private final Unit power;
	private final Unit length;

	public DisplayUnits(Unit temperature, Unit power, Unit length) {
		this.temperature = check(temperature, Unit.KELVIN, Unit.CELSIUS);
		this.power = check(power, Unit.WATT, Unit.KILOWATT);
		this.length = check(length, Unit.MILLIMETRE, Unit.MICROMETRE);
	}

	private static Unit check(Unit unit, Unit a, Unit b) {
		if (unit != a && unit != b) {
			throw new IllegalArgumentException(unit + " is not " + a + " or " + b); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return unit;
	}

	/** @return the units the user chose in the preferences (K, W, mm unless changed) */
	public static DisplayUnits current() {
		return WorkbenchPreferences.displayUnits();
	}

	public Unit temperature() {
		return temperature;
	}

	public Unit power() {
		return power;
	}

	public Unit length() {
		return length;
	}
}
