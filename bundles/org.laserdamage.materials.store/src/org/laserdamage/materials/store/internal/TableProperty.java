package org.laserdamage.materials.store.internal;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.TemperatureTable;

/**
 * The properties stored as rows of {@code temperature_point}: which table of a
 * material each one is, and where it goes when a material is built again.
 * Reader and writer both go through this list, so they cannot disagree.
 */
enum TableProperty {
	DENSITY(PropertyKind.DENSITY, m -> Optional.of(m.density()), Material.Builder::density),
	SPECIFIC_HEAT(PropertyKind.SPECIFIC_HEAT, m -> Optional.of(m.specificHeat()), Material.Builder::specificHeat),
	CONDUCTIVITY(PropertyKind.CONDUCTIVITY, m -> Optional.of(m.conductivity()), Material.Builder::conductivity),
	CONDUCTIVITY_THROUGH_THICKNESS(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, Material::conductivityThroughThickness,
			Material.Builder::conductivityThroughThickness),
	EMISSIVITY(PropertyKind.EMISSIVITY, m -> Optional.of(m.emissivity()), Material.Builder::emissivity);

	private final PropertyKind kind;
	private final Function<Material, Optional<TemperatureTable>> getter;
	private final BiConsumer<Material.Builder, TemperatureTable> setter;

	TableProperty(PropertyKind kind, Function<Material, Optional<TemperatureTable>> getter,
			BiConsumer<Material.Builder, TemperatureTable> setter) {
		this.kind = kind;
		this.getter = getter;
		this.setter = setter;
	}

	/** @return the name stored in the {@code property} column */
	String column() {
		return kind.name();
	}

	/** @return the material's table, empty for an isotropic material's through-thickness conductivity */
	Optional<TemperatureTable> of(Material material) {
		return getter.apply(material);
	}

	void set(Material.Builder builder, TemperatureTable table) {
		setter.accept(builder, table);
	}

	/**
	 * @return the property stored under {@code column}
	 * @throws IllegalArgumentException for a name this program does not know
	 */
	static TableProperty forColumn(String column) {
		for (TableProperty p : values()) {
			if (p.column().equals(column)) {
				return p;
			}
		}
		throw new IllegalArgumentException("unknown table property " + column); //$NON-NLS-1$
	}
}
