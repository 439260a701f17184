package org.laserdamage.materials.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A unit values are shown and typed in. Values are stored in SI units; a
 * display unit differs from SI by a power of ten at most, converted in
 * decimal so that a value shown and read back is the same double.
 */
public enum DisplayUnit {
	KELVIN("K", 0), //$NON-NLS-1$
	KILOGRAM_PER_CUBIC_METRE("kg/m³", 0), //$NON-NLS-1$
	JOULE_PER_KILOGRAM_KELVIN("J/(kg·K)", 0), //$NON-NLS-1$
	WATT_PER_METRE_KELVIN("W/(m·K)", 0), //$NON-NLS-1$
	KILOJOULE_PER_KILOGRAM("kJ/kg", -3), //$NON-NLS-1$
	MICROMETRE("µm", 6), //$NON-NLS-1$
	FRACTION("–", 0); //$NON-NLS-1$

	private static final MathContext SHORT = new MathContext(4);

	private final String symbol;
	private final int shift;

	DisplayUnit(String symbol, int shift) {
		this.symbol = symbol;
		this.shift = shift;
	}

	public String symbol() {
		return symbol;
	}

	/** @return {@code si} in this unit, exactly (e.g. 1.064E-6 m as "1.064") */
	public String format(double si) {
		if (!Double.isFinite(si)) {
			return Double.toString(si);
		}
		return BigDecimal.valueOf(si).movePointRight(shift).stripTrailingZeros().toPlainString();
	}

	/** @return {@code si} in this unit, rounded to four significant digits, for overviews */
	public String formatShort(double si) {
		if (!Double.isFinite(si)) {
			return ""; //$NON-NLS-1$
		}
		return BigDecimal.valueOf(si).movePointRight(shift).round(SHORT).stripTrailingZeros().toPlainString();
	}

	/**
	 * @param text a number in this unit ("1.5", "-2", "3e2")
	 * @return the value in SI units
	 * @throws NumberFormatException when {@code text} is not a finite number
	 */
	public double parse(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			throw new NumberFormatException("empty"); //$NON-NLS-1$
		}
		double value = new BigDecimal(trimmed).movePointLeft(shift).doubleValue();
		if (!Double.isFinite(value)) {
			throw new NumberFormatException("out of range: " + trimmed); //$NON-NLS-1$
		}
		return value;
	}

	/** @return the number {@code text} shows (no unit conversion), or NaN when it is not a number */
	public static double shown(String text) {
		try {
			return new BigDecimal(text.trim()).doubleValue();
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
