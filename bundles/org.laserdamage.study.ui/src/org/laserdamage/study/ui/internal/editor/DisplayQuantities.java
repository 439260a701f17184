package org.laserdamage.study.ui.internal.editor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.edit.Quantities;
import org.laserdamage.model.units.Units;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.DisplayUnits.Unit;

/**
 * Shows SI values of the study in the user's display units (Preferences &gt;
 * Laser Damage): temperatures in K or °C, powers in W or kW, lengths in mm or
 * µm; times under a millisecond in µs or ns; everything else in its SI unit.
 * The text is readable back by {@link Units#parse(String, String)}, so a field
 * shows what it accepts.
 * Temperature differences stay in K: 10 K is not 10 °C as a temperature.
 */
public final class DisplayQuantities {

	/** Attributes in K that hold a temperature difference, not a temperature. */
	private static final Set<EStructuralFeature> DIFFERENCES = Set
			.of(StudyPackage.Literals.SOLVER_SETTINGS__MAX_TEMPERATURE_CHANGE);
	/** Wavelengths are shown in µm whatever the length unit: 1.07 µm, not 0.00107 mm. */
	private static final Set<EStructuralFeature> WAVELENGTHS = Set.of(StudyPackage.Literals.LASER_SOURCE__WAVELENGTH);
	private static final MathContext SHOWN = new MathContext(12);

	private DisplayQuantities() {
	}

	/** @return the value of an attribute as a field shows it; "" when unset */
	public static String format(Object value, EStructuralFeature feature) {
		if (value instanceof Double d && WAVELENGTHS.contains(feature)) {
			return format(d.doubleValue(), Unit.MICROMETRE);
		}
		if (value instanceof Double d && !DIFFERENCES.contains(feature)) {
			return format(d.doubleValue(), Units.unitOf(feature));
		}
		return Quantities.format(value, feature);
	}

	/** @return {@code value} (SI, in {@code siUnit}) in the display unit of its quantity */
	public static String format(double value, String siUnit) {
		if ("s".equals(siUnit) && value != 0 && Math.abs(value) < 1e-3) { //$NON-NLS-1$
			// "10 µs", not "1E-5 s"; Units.parse reads both
			boolean micro = Math.abs(value) >= 1e-6;
			return shortest(value * (micro ? 1e6 : 1e9)) + (micro ? " \u00b5s" : " ns"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Unit unit = displayUnit(siUnit, DisplayUnits.current());
		if (unit == null || !Double.isFinite(value)) {
			return Quantities.format(value, siUnit);
		}
		return format(value, unit);
	}

	/**
	 * @return the value of an attribute as a label or message shows it: like a
	 *         field, but short times ("10 ns") and never in exponent notation
	 */
	public static String forReading(Object value, EStructuralFeature feature) {
		if (value instanceof Double d && !WAVELENGTHS.contains(feature) && !DIFFERENCES.contains(feature)) {
			return forReading(d.doubleValue(), Units.unitOf(feature));
		}
		return format(value, feature);
	}

	/** @return {@code value} (SI, in {@code siUnit}) in its display unit, for reading: "10 ns", "0.00012 mm" */
	public static String forReading(double value, String siUnit) {
		if ("s".equals(siUnit) && Double.isFinite(value) && value != 0 && Math.abs(value) < 1) { //$NON-NLS-1$
			double magnitude = Math.abs(value);
			return magnitude < 1e-6 ? DisplayUnits.number(value * 1e9, "ns") //$NON-NLS-1$
					: magnitude < 1e-3 ? DisplayUnits.number(value * 1e6, "\u00b5s") //$NON-NLS-1$
							: DisplayUnits.number(value * 1e3, "ms"); //$NON-NLS-1$
		}
		String text = format(value, siUnit);
		if (!Double.isFinite(value) || !text.contains("E")) { //$NON-NLS-1$
			return text;
		}
		Unit unit = displayUnit(siUnit, DisplayUnits.current());
		String symbol = unit != null ? unit.symbol() : siUnit == null || "1".equals(siUnit) ? "" : siUnit; //$NON-NLS-1$ //$NON-NLS-2$
		return DisplayUnits.number(unit != null ? unit.fromSi(value) : value, symbol).trim();
	}

	private static String format(double value, Unit unit) {
		return shortest(unit.fromSi(value)) + ' ' + unit.symbol();
	}

	private static String shortest(double value) {
		// 12 significant digits: 293.15 K shows as 20 °C, not 19.999999999999977 °C
		return Quantities.number(new BigDecimal(value).round(SHOWN).doubleValue());
	}

	/** @return the display unit of a quantity in {@code siUnit}, or null to show it in SI */
	static Unit displayUnit(String siUnit, DisplayUnits units) {
		if (siUnit == null) {
			return null;
		}
		return switch (siUnit) {
		case "K" -> units.temperature() == Unit.KELVIN ? null : units.temperature(); //$NON-NLS-1$
		case "W" -> units.power() == Unit.WATT ? null : units.power(); //$NON-NLS-1$
		case "m" -> units.length(); //$NON-NLS-1$
		default -> null;
		};
	}
}
