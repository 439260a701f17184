package org.laserdamage.model.edit;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.laserdamage.model.units.Units;

/**
 * Writes SI values the way the editor and the labels show them: short
 * ("1500 W", "0.002 m", "1.07E-6 m") and readable back by
 * {@link Units#parse(String, String)}.
 */
public final class Quantities {

	private Quantities() {
	}

	/** @return the number without a trailing ".0"; plain notation between 0.001 and 10^7 */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		double magnitude = Math.abs(value);
		if (value == Math.rint(value) && magnitude < 1e15) {
			return Long.toString((long) value);
		}
		if (magnitude >= 1e-3 && magnitude < 1e7) {
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
		return Double.toString(value).replace(".0E", "E"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return {@code value} with its SI unit, e.g. "0.002 m"; a bare number for ratios and counts */
	public static String format(double value, String siUnit) {
		return siUnit == null || "1".equals(siUnit) ? number(value) : number(value) + " " + siUnit; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the value of an attribute as shown in a field: with the attribute's unit; "" when unset */
	public static String format(Object value, EStructuralFeature feature) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Double d) {
			return format(d.doubleValue(), Units.unitOf(feature));
		}
		return String.valueOf(value);
	}
}
