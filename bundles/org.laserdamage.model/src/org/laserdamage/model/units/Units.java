package org.laserdamage.model.units;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Units of the study model. Every quantity is stored in SI; the unit of an
 * attribute is the detail {@code unit} of its {@value #ANNOTATION} annotation.
 * Text typed by a user ("1.5 kW", "1.07 um", "20 C") is converted here.
 */
public final class Units {

	/** Source of the EAnnotation that carries the SI unit of an attribute. */
	public static final String ANNOTATION = "http://www.laserdamage.org/units"; //$NON-NLS-1$

	private static final Pattern QUANTITY = Pattern
			.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([^\\s].*?)?\\s*"); //$NON-NLS-1$

	/** Accepted spellings per SI unit, with their factor to SI (temperature offsets are handled apart). */
	private static final Map<String, Map<String, Double>> ACCEPTED = new LinkedHashMap<>();

	static {
		accept("m", "m", 1, "mm", 1e-3, "um", 1e-6, "µm", 1e-6, "μm", 1e-6, "nm", 1e-9, "cm", 1e-2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		accept("W", "W", 1, "mW", 1e-3, "kW", 1e3, "MW", 1e6); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		accept("s", "s", 1, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "μs", 1e-6, "ns", 1e-9, "ps", 1e-12, "fs", 1e-15, "min", 60); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		accept("K", "K", 1, "C", 1, "°C", 1, "degC", 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		accept("J", "J", 1, "mJ", 1e-3, "uJ", 1e-6, "µJ", 1e-6, "kJ", 1e3); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		accept("J/m^2", "J/m^2", 1, "J/m2", 1, "J/cm^2", 1e4, "J/cm2", 1e4, "mJ/cm^2", 10, "mJ/cm2", 10); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		accept("W/m^2", "W/m^2", 1, "W/m2", 1, "kW/m^2", 1e3, "kW/m2", 1e3, "MW/m^2", 1e6, "MW/m2", 1e6, "W/cm^2", 1e4, "W/cm2", 1e4); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		accept("W/m^2/K", "W/m^2/K", 1, "W/m2/K", 1, "W/(m^2K)", 1, "W/(m2K)", 1, "W/m^2K", 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		accept("1/m", "1/m", 1, "/m", 1, "m^-1", 1, "1/cm", 1e2, "/cm", 1e2, "cm^-1", 1e2, "1/mm", 1e3, "/mm", 1e3, "1/um", 1e6, "1/µm", 1e6); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		accept("Hz", "Hz", 1, "kHz", 1e3, "MHz", 1e6); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		accept("1", "1", 1, "%", 0.01); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private Units() {
	}

	private static void accept(String si, Object... spellingsAndFactors) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < spellingsAndFactors.length; i += 2) {
			map.put((String) spellingsAndFactors[i], ((Number) spellingsAndFactors[i + 1]).doubleValue());
		}
		ACCEPTED.put(si, map);
	}

	/** @return the SI unit of an attribute, or null when it is dimensionless by nature (a count, a name) */
	public static String unitOf(EStructuralFeature feature) {
		return feature instanceof EAttribute ? feature.getEAnnotation(ANNOTATION) == null ? null
				: feature.getEAnnotation(ANNOTATION).getDetails().get("unit") : null; //$NON-NLS-1$
	}

	/** @return the spellings accepted for a quantity whose SI unit is {@code siUnit} */
	public static String acceptedUnits(String siUnit) {
		Map<String, Double> map = ACCEPTED.get(siUnit);
		return map == null ? siUnit : String.join(", ", map.keySet()); //$NON-NLS-1$
	}

	/**
	 * Converts text such as "1.5 kW" to SI.
	 *
	 * @param text   a number, optionally followed by a unit
	 * @param siUnit the SI unit of the quantity, e.g. "W"; null for a plain number
	 * @return the value in SI units
	 * @throws IllegalArgumentException with a message saying which units are
	 *                                  accepted, also for a number too large to
	 *                                  be finite (1e309)
	 */
	public static double parse(String text, String siUnit) {
		Matcher m = QUANTITY.matcher(text == null ? "" : text); //$NON-NLS-1$
		if (!m.matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Units_notANumber, text,
					siUnit == null ? "" : acceptedUnits(siUnit))); //$NON-NLS-1$
		}
		double number = Double.parseDouble(m.group(1));
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Units_tooLarge, text));
		}
		String unit = m.group(2);
		if (unit == null || unit.isEmpty()) {
			return number;
		}
		Map<String, Double> map = siUnit == null ? null : ACCEPTED.get(siUnit);
		if (map == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Units_noUnitExpected, text, m.group(1)));
		}
		String spelling = map.containsKey(unit) ? unit : spellingIgnoringCase(map, unit);
		if (spelling == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Units_wrongUnit,
					new Object[] { unit, text, describe(siUnit), acceptedUnits(siUnit) }));
		}
		double factor = map.get(spelling);
		boolean celsius = "K".equals(siUnit) && !"K".equals(spelling); //$NON-NLS-1$ //$NON-NLS-2$
		double si = celsius ? number + 273.15 : number * factor;
		if (!Double.isFinite(si)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Units_tooLarge, text));
		}
		return si;
	}

	/**
	 * @return the one accepted spelling that equals {@code unit} but for case ("kw", "UM", "degc"),
	 *         or null when none does or when several do ("mw": mW or MW)
	 */
	private static String spellingIgnoringCase(Map<String, Double> map, String unit) {
		String found = null;
		for (String spelling : map.keySet()) {
			if (spelling.equalsIgnoreCase(unit)) {
				if (found != null) {
					return null;
				}
				found = spelling;
			}
		}
		return found;
	}

	/** @return a human name of the quantity measured in {@code siUnit} */
	public static String describe(String siUnit) {
		switch (siUnit) {
		case "m": return Messages.Units_length; //$NON-NLS-1$
		case "W": return Messages.Units_power; //$NON-NLS-1$
		case "s": return Messages.Units_time; //$NON-NLS-1$
		case "K": return Messages.Units_temperature; //$NON-NLS-1$
		case "J": return Messages.Units_energy; //$NON-NLS-1$
		case "J/m^2": return Messages.Units_fluence; //$NON-NLS-1$
		case "W/m^2/K": return Messages.Units_heatTransfer; //$NON-NLS-1$
		case "W/m^2": return Messages.Units_heatFlux; //$NON-NLS-1$
		case "1/m": return Messages.Units_absorption; //$NON-NLS-1$
		case "Hz": return Messages.Units_frequency; //$NON-NLS-1$
		default: return Messages.Units_ratio;
		}
	}

	/** @return {@code value} (SI) with its unit, e.g. "0.002 m" */
	public static String format(double value, String siUnit) {
		return siUnit == null || "1".equals(siUnit) ? Double.toString(value) : value + " " + siUnit; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
