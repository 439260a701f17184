package org.laserdamage.materials.ui.internal.editor;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/** The properties tabulated against temperature, in the order the editor shows them. */
enum TableKind {
	CONDUCTIVITY(PropertyKind.CONDUCTIVITY, Messages.Property_conductivity, "k", //$NON-NLS-1$
			DisplayUnit.WATT_PER_METRE_KELVIN, false, m -> Optional.of(m.conductivity()), Material.Builder::conductivity),
	CONDUCTIVITY_THROUGH_THICKNESS(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, Messages.Property_conductivityThroughThickness,
			"k\u22a5", DisplayUnit.WATT_PER_METRE_KELVIN, false, Material::conductivityThroughThickness, //$NON-NLS-1$
			Material.Builder::conductivityThroughThickness),
	DENSITY(PropertyKind.DENSITY, Messages.Property_density, "\u03c1", DisplayUnit.KILOGRAM_PER_CUBIC_METRE, false, //$NON-NLS-1$
			m -> Optional.of(m.density()), Material.Builder::density),
	SPECIFIC_HEAT(PropertyKind.SPECIFIC_HEAT, Messages.Property_specificHeat, "c\u209a", //$NON-NLS-1$
			DisplayUnit.JOULE_PER_KILOGRAM_KELVIN, false, m -> Optional.of(m.specificHeat()), Material.Builder::specificHeat),
	EMISSIVITY(PropertyKind.EMISSIVITY, Messages.Property_emissivity, "\u03b5", DisplayUnit.FRACTION, true, //$NON-NLS-1$
			m -> Optional.of(m.emissivity()), Material.Builder::emissivity);

	final PropertyKind property;
	final String title;
	final String symbol;
	final DisplayUnit unit;
	/** true: values lie in [0, 1]; false: values are positive */
	final boolean fraction;
	private final Function<Material, Optional<TemperatureTable>> reader;
	private final BiConsumer<Material.Builder, TemperatureTable> writer;

	TableKind(PropertyKind property, String title, String symbol, DisplayUnit unit, boolean fraction,
			Function<Material, Optional<TemperatureTable>> reader, BiConsumer<Material.Builder, TemperatureTable> writer) {
		this.property = property;
		this.title = title;
		this.symbol = symbol;
		this.unit = unit;
		this.fraction = fraction;
		this.reader = reader;
		this.writer = writer;
	}

	Optional<TemperatureTable> read(Material material) {
		return reader.apply(material);
	}

	void write(Material.Builder builder, TemperatureTable table) {
		writer.accept(builder, table);
	}

	/** @return "k (W/(m·K))" */
	String valueHeader() {
		return symbol + " (" + unit.symbol() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
