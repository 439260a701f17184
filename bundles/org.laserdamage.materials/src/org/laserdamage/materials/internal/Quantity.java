package org.laserdamage.materials.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The physical quantities of the CSV format, the units a file may use for
 * each, and their conversion to SI. Conversions are done in decimal so that
 * 2.7 g/cm3 is exactly the double nearest to 2700 and 20 °C the one nearest to
 * 293.15; a value already in SI is parsed as written, so SI files read back
 * bit for bit.
 */
enum Quantity {

	TEMPERATURE("K", "K, °C (also written C, degC)"), //$NON-NLS-1$ //$NON-NLS-2$
	DENSITY("kg/m3", "kg/m3 (kg/m^3, kg/m³), g/cm3 (g/cm^3, g/cm³)"), //$NON-NLS-1$ //$NON-NLS-2$
	SPECIFIC_HEAT("J/(kg K)", "J/(kg K) (J/kg/K, J/kgK), kJ/(kg K) (kJ/kg/K), J/(g K)"), //$NON-NLS-1$ //$NON-NLS-2$
	CONDUCTIVITY("W/(m K)", "W/(m K) (W/m/K, W/mK)"), //$NON-NLS-1$ //$NON-NLS-2$
	LATENT_HEAT("J/kg", "J/kg, kJ/kg, MJ/kg, J/g"), //$NON-NLS-1$ //$NON-NLS-2$
	WAVELENGTH("m", "m, mm, um (µm), nm"), //$NON-NLS-1$ //$NON-NLS-2$
	FRACTION("1", "1 (a fraction 0…1; also written - or left out), %"); //$NON-NLS-1$ //$NON-NLS-2$

	/** A unit: SI value = text × factor + offset. */
	record Unit(BigDecimal factor, BigDecimal offset) {
		boolean isSi() {
			return factor.compareTo(BigDecimal.ONE) == 0 && offset.signum() == 0;
		}
	}

	private static final Unit SI = new Unit(BigDecimal.ONE, BigDecimal.ZERO);

	private final String siUnit;
	private final String accepted;
	private final Map<String, Unit> units = new LinkedHashMap<>();

	Quantity(String siUnit, String accepted) {
		this.siUnit = siUnit;
		this.accepted = accepted;
	}

	static {
		TEMPERATURE.add(SI, "K"); //$NON-NLS-1$
		TEMPERATURE.add(new Unit(BigDecimal.ONE, new BigDecimal("273.15")), "°C", "C", "degC", "ºC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		DENSITY.add(SI, "kg/m3", "kgm-3"); //$NON-NLS-1$ //$NON-NLS-2$
		DENSITY.add(scale("1e3"), "g/cm3", "gcm-3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SPECIFIC_HEAT.add(SI, "J/(kgK)", "J/kg/K", "J/kgK", "Jkg-1K-1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		SPECIFIC_HEAT.add(scale("1e3"), "kJ/(kgK)", "kJ/kg/K", "kJ/kgK", "kJkg-1K-1", "J/(gK)", "J/g/K", "J/gK"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		CONDUCTIVITY.add(SI, "W/(mK)", "W/m/K", "W/mK", "Wm-1K-1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		LATENT_HEAT.add(SI, "J/kg", "Jkg-1"); //$NON-NLS-1$ //$NON-NLS-2$
		LATENT_HEAT.add(scale("1e3"), "kJ/kg", "kJkg-1", "J/g"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		LATENT_HEAT.add(scale("1e6"), "MJ/kg", "MJkg-1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		WAVELENGTH.add(SI, "m"); //$NON-NLS-1$
		WAVELENGTH.add(scale("1e-3"), "mm"); //$NON-NLS-1$ //$NON-NLS-2$
		WAVELENGTH.add(scale("1e-6"), "um"); //$NON-NLS-1$ //$NON-NLS-2$
		WAVELENGTH.add(scale("1e-9"), "nm"); //$NON-NLS-1$ //$NON-NLS-2$
		FRACTION.add(SI, "1", "-", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		FRACTION.add(scale("1e-2"), "%"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Unit scale(String factor) {
		return new Unit(new BigDecimal(factor), BigDecimal.ZERO);
	}

	private void add(Unit unit, String... spellings) {
		for (String s : spellings) {
			units.put(normalize(s), unit);
		}
	}

	/** The SI unit as the format writes it, e.g. {@code W/(m K)}. */
	String siUnit() {
		return siUnit;
	}

	/** The accepted units, for messages. */
	String accepted() {
		return accepted;
	}

	/** @return the unit written as {@code text}, ignoring spaces and the usual multiplication signs */
	Optional<Unit> unit(String text) {
		return Optional.ofNullable(units.get(normalize(text)));
	}

	/**
	 * Spreadsheets and people write the same unit many ways: "W/(m·K)", "W/(m*K)",
	 * "kg/m^3", "kg/m³", "µm" with a micro sign or a Greek mu. Case is kept, so
	 * "mK" and "MJ" keep their meaning.
	 */
	private static String normalize(String unit) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < unit.length(); i++) {
			char c = unit.charAt(i);
			switch (c) {
			case '·', '⋅', '*', '.', '^' -> {
				// multiplication and power signs carry no meaning here
			}
			case '³' -> b.append('3');
			case 'µ', 'μ' -> b.append('u');
			case '℃' -> b.append("°C"); //$NON-NLS-1$
			default -> {
				if (!Character.isWhitespace(c)) {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
