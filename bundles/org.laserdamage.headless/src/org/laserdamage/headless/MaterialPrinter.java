package org.laserdamage.headless;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/**
 * Prints materials for a person: one line per material for {@code list}, and
 * for {@code show} every scalar value with its unit and every table summarised
 * at a few temperatures, each property followed by its source.
 */
final class MaterialPrinter {

	/** Temperatures (K) at which {@code show} samples a table, as far as the table reaches. */
	private static final double[] SAMPLES = { 293.15, 500, 1000 };
	/** Digits of a value as stored; an interpolated value is shown with fewer, it is no more accurate than that. */
	private static final MathContext DIGITS = new MathContext(6);
	private static final MathContext SAMPLED = new MathContext(4);
	private static final String INDENT = "    "; //$NON-NLS-1$

	private final PrintStream out;

	MaterialPrinter(PrintStream out) {
		this.out = out;
	}

	void list(List<Material> materials) {
		int width = materials.stream().mapToInt(m -> m.id().length()).max().orElse(0);
		for (Material m : materials) {
			out.println(String.format(Locale.ROOT, "%-" + width + "s  v%-3d %-10s %s", m.id(), m.version(), //$NON-NLS-1$ //$NON-NLS-2$
					className(m), m.name()));
		}
	}

	static String className(Material m) {
		return m.materialClass().name().toLowerCase(Locale.ROOT);
	}

	void show(Material m, int newestVersion) {
		out.println(NLS.bind(Messages.Materials_showTitle, new Object[] { m.name(), m.id(), m.version(), newestVersion, className(m) }));
		if (!m.description().isEmpty()) {
			out.println(m.description());
		}
		out.println();
		table(Messages.Materials_density, "kg/m³", m.density(), m.source(PropertyKind.DENSITY)); //$NON-NLS-1$
		table(Messages.Materials_specificHeat, "J/(kg K)", m.specificHeat(), m.source(PropertyKind.SPECIFIC_HEAT)); //$NON-NLS-1$
		table(Messages.Materials_conductivity, "W/(m K)", m.conductivity(), m.source(PropertyKind.CONDUCTIVITY)); //$NON-NLS-1$
		if (m.conductivityThroughThickness().isPresent()) {
			table(Messages.Materials_conductivityThroughThickness, "W/(m K)", m.conductivityThroughThickness().get(), //$NON-NLS-1$
					m.source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS));
		}
		if (m.melting().isPresent()) {
			Melting melting = m.melting().get();
			property(Messages.Materials_meltingRange, NLS.bind(Messages.Materials_meltingRangeValue, number(melting.solidus()),
					number(melting.liquidus())), m.source(PropertyKind.MELTING_RANGE));
			property(Messages.Materials_latentHeatFusion, number(melting.latentHeat()) + " J/kg", //$NON-NLS-1$
					m.source(PropertyKind.LATENT_HEAT_FUSION));
		} else {
			out.println(Messages.Materials_noMelting);
		}
		if (m.boiling().isPresent()) {
			Boiling boiling = m.boiling().get();
			property(Messages.Materials_boilingPoint, number(boiling.temperature()) + " K", m.source(PropertyKind.BOILING_POINT)); //$NON-NLS-1$
			property(Messages.Materials_latentHeatVaporization, number(boiling.latentHeat()) + " J/kg", //$NON-NLS-1$
					m.source(PropertyKind.LATENT_HEAT_VAPORIZATION));
		} else {
			out.println(Messages.Materials_noBoiling);
		}
		table(Messages.Materials_emissivity, "", m.emissivity(), m.source(PropertyKind.EMISSIVITY)); //$NON-NLS-1$
		absorptivity(m.absorptivity(), m.source(PropertyKind.ABSORPTIVITY));
	}

	private void table(String label, String unit, TemperatureTable table, Source source) {
		property(label, summary(table, unit.isEmpty() ? "" : " " + unit), source); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void absorptivity(AbsorptivityTable table, Source source) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			rows.add(NLS.bind(Messages.Materials_atWavelength, number(table.wavelength(i) * 1e6), summary(table.row(i), ""))); //$NON-NLS-1$
		}
		out.println(Messages.Materials_absorptivity + ':');
		rows.forEach(r -> out.println(INDENT + r));
		source(source);
	}

	private void property(String label, String value, Source source) {
		out.println(label + ": " + value); //$NON-NLS-1$
		source(source);
	}

	private void source(Source source) {
		out.println(INDENT + NLS.bind(Messages.Materials_source, source));
		if (!source.notes().isEmpty()) {
			out.println(INDENT + NLS.bind(Messages.Materials_notes, source.notes()));
		}
	}

	/** e.g. "167 W/(m K) at 293.15 K, 177 at 500 K; 8 points, 293.15–925.15 K"; a single point is a constant. */
	private static String summary(TemperatureTable table, String unit) {
		if (table.size() == 1) {
			return NLS.bind(Messages.Materials_constant, number(table.value(0)) + unit);
		}
		double low = table.temperature(0);
		double high = table.temperature(table.size() - 1);
		List<Double> at = new ArrayList<>();
		for (double t : SAMPLES) {
			if (t >= low && t <= high) {
				at.add(t);
			}
		}
		if (at.isEmpty()) {
			at.add(low);
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < at.size(); i++) {
			double t = at.get(i);
			b.append(i == 0 ? "" : ", ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(NLS.bind(Messages.Materials_valueAt, number(table.valueAt(t), SAMPLED) + (i == 0 ? unit : ""), number(t))); //$NON-NLS-1$
		}
		return NLS.bind(Messages.Materials_tableRange, new Object[] { b, table.size(), number(low), number(high) });
	}

	static String number(double v) {
		return number(v, DIGITS);
	}

	/** Rounded to {@code digits} significant digits, without trailing zeros; exponent form outside 1e-3 … 1e7. */
	private static String number(double v, MathContext digits) {
		if (v == 0 || !Double.isFinite(v)) {
			return v == 0 ? "0" : Double.toString(v); //$NON-NLS-1$
		}
		BigDecimal rounded = new BigDecimal(v).round(digits).stripTrailingZeros();
		double abs = Math.abs(v);
		if (abs >= 1e-3 && abs < 1e7) {
			return rounded.toPlainString();
		}
		return Double.toString(rounded.doubleValue()).replace('E', 'e').replace(".0e", "e"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
