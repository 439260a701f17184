package org.laserdamage.materials.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/**
 * The single-valued properties of a material, in two optional groups: the
 * melting data (solidus, liquidus, latent heat of fusion) and the boiling
 * data (boiling point, latent heat of vaporization), each given whole or left
 * empty.
 */
enum ScalarField {
	SOLIDUS(Messages.Scalar_solidus, DisplayUnit.KELVIN, PropertyKind.MELTING_RANGE,
			m -> m.melting().map(Melting::solidus)),
	LIQUIDUS(Messages.Scalar_liquidus, DisplayUnit.KELVIN, PropertyKind.MELTING_RANGE,
			m -> m.melting().map(Melting::liquidus)),
	LATENT_HEAT_FUSION(Messages.Scalar_latentHeatFusion, DisplayUnit.KILOJOULE_PER_KILOGRAM,
			PropertyKind.LATENT_HEAT_FUSION, m -> m.melting().map(Melting::latentHeat)),
	BOILING_POINT(Messages.Scalar_boilingPoint, DisplayUnit.KELVIN, PropertyKind.BOILING_POINT,
			m -> m.boiling().map(Boiling::temperature)),
	LATENT_HEAT_VAPORIZATION(Messages.Scalar_latentHeatVaporization, DisplayUnit.KILOJOULE_PER_KILOGRAM,
			PropertyKind.LATENT_HEAT_VAPORIZATION, m -> m.boiling().map(Boiling::latentHeat));

	final String label;
	final DisplayUnit unit;
	final PropertyKind property;
	private final Function<Material, Optional<Double>> reader;

	ScalarField(String label, DisplayUnit unit, PropertyKind property, Function<Material, Optional<Double>> reader) {
		this.label = label;
		this.unit = unit;
		this.property = property;
		this.reader = reader;
	}

	/** @return the value, empty when the material does not give this field's group */
	Optional<Double> read(Material material) {
		return reader.apply(material);
	}

	/** @return the fields given together with this one */
	List<ScalarField> group() {
		return group(property);
	}

	/** @return the fields of the group that holds {@code property}; empty for a property that is no scalar */
	static List<ScalarField> group(PropertyKind property) {
		return switch (property) {
		case MELTING_RANGE, LATENT_HEAT_FUSION -> List.of(SOLIDUS, LIQUIDUS, LATENT_HEAT_FUSION);
		case BOILING_POINT, LATENT_HEAT_VAPORIZATION -> List.of(BOILING_POINT, LATENT_HEAT_VAPORIZATION);
		default -> List.of();
		};
	}
}
