package org.laserdamage.materials.internal;

import java.util.Map;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;

/** Copies of immutable material records with one field changed. */
public final class MaterialCopies {

	private MaterialCopies() {
	}

	/** @return {@code m} with another version number, equal to it in every other field */
	public static Material withVersion(Material m, int version) {
		if (m.version() == version) {
			return m;
		}
		Material.Builder b = Material.builder(m.id()).name(m.name()).materialClass(m.materialClass())
				.description(m.description()).version(version).density(m.density()).specificHeat(m.specificHeat())
				.conductivity(m.conductivity()).conductivityThroughThickness(m.conductivityThroughThickness().orElse(null))
				.melting(m.melting().orElse(null)).boiling(m.boiling().orElse(null)).emissivity(m.emissivity())
				.absorptivity(m.absorptivity());
		for (Map.Entry<PropertyKind, Source> e : m.sources().entrySet()) {
			b.source(e.getKey(), e.getValue());
		}
		return b.build();
	}
}
