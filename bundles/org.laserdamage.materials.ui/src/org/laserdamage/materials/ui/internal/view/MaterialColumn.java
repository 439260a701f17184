package org.laserdamage.materials.ui.internal.view;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.ui.internal.DisplayUnit;
import org.laserdamage.materials.ui.internal.MaterialClassLabels;

/** The columns of the Materials view: header, width, cell text and sort order. */
public enum MaterialColumn {
	NAME(Messages.Column_name, 170, Material::name, Comparator.comparing(Material::name, String.CASE_INSENSITIVE_ORDER)),
	ID(Messages.Column_id, 130, Material::id, Comparator.comparing(Material::id)),
	CLASS(Messages.Column_class, 90, m -> MaterialClassLabels.label(m.materialClass()),
			Comparator.comparing(Material::materialClass)),
	DENSITY(Messages.Column_density, 145, m -> m.density().valueAt(MaterialColumn.ROOM_TEMPERATURE),
			DisplayUnit.KILOGRAM_PER_CUBIC_METRE::formatShort),
	CONDUCTIVITY(Messages.Column_conductivity, 145, m -> m.conductivity().valueAt(MaterialColumn.ROOM_TEMPERATURE),
			DisplayUnit.WATT_PER_METRE_KELVIN::formatShort),
	SOLIDUS(Messages.Column_solidus, 95, m -> m.melting().map(Melting::solidus).orElse(Double.NaN), MaterialColumn::kelvin),
	LIQUIDUS(Messages.Column_liquidus, 95, m -> m.melting().map(Melting::liquidus).orElse(Double.NaN), MaterialColumn::kelvin),
	VERSION(Messages.Column_version, 60, m -> Integer.toString(m.version()), Comparator.comparingInt(Material::version),
			true),
	SOURCE(Messages.Column_source, 280, MaterialColumn::sourceSummary,
			Comparator.comparing(MaterialColumn::sourceSummary, String.CASE_INSENSITIVE_ORDER));

	/** 20 °C, where the view reads temperature-dependent values. */
	public static final double ROOM_TEMPERATURE = 293.15;

	private final String header;
	private final int width;
	private final Function<Material, String> text;
	private final Comparator<Material> order;
	private final boolean numeric;

	MaterialColumn(String header, int width, Function<Material, String> text, Comparator<Material> order) {
		this(header, width, text, order, false);
	}

	MaterialColumn(String header, int width, Function<Material, String> text, Comparator<Material> order,
			boolean numeric) {
		this.header = header;
		this.width = width;
		this.text = text;
		this.order = order;
		this.numeric = numeric;
	}

	MaterialColumn(String header, int width, ToDoubleFunction<Material> value, DoubleFunction<String> format) {
		this(header, width, m -> format.apply(value.applyAsDouble(m)), Comparator.comparingDouble(value), true);
	}

	public String header() {
		return header;
	}

	public int width() {
		return width;
	}

	/** @return whether the column shows numbers (aligned right) */
	public boolean isNumeric() {
		return numeric;
	}

	/** @return the cell text of {@code material} in this column */
	public String text(Material material) {
		return text.apply(material);
	}

	/** @return the ascending order of this column */
	public Comparator<Material> order() {
		return order;
	}

	/** A temperature in K; empty for a material without melting data, which never melts. */
	private static String kelvin(double value) {
		return Double.isNaN(value) ? "" : DisplayUnit.KELVIN.format(value); //$NON-NLS-1$
	}

	/** The density's citation, or "citation (+n more)" when the properties cite several sources. */
	static String sourceSummary(Material material) {
		Set<String> citations = new LinkedHashSet<>();
		Source density = material.source(PropertyKind.DENSITY);
		if (density != null) {
			citations.add(density.citation());
		}
		for (Source source : material.sources().values()) {
			citations.add(source.citation());
		}
		if (citations.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		String first = citations.iterator().next();
		return citations.size() == 1 ? first : NLS.bind(Messages.Column_sourceMore, first, citations.size() - 1);
	}
}
