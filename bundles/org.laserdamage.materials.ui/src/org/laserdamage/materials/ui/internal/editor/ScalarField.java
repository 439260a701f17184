package org.laserdamage.materials.ui.internal.editor;

import java.util.function.ToDoubleFunction;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/** The single-valued properties of a material. */
enum ScalarField {
	SOLIDUS(Messages.Scalar_solidus, DisplayUnit.KELVIN, PropertyKind.MELTING_RANGE, Material::solidus),
	LIQUIDUS(Messages.Scalar_liquidus, DisplayUnit.KELVIN, PropertyKind.MELTING_RANGE, Material::liquidus),
	LATENT_HEAT_FUSION(Messages.Scalar_latentHeatFusion, DisplayUnit.KILOJOULE_PER_KILOGRAM,
			PropertyKind.LATENT_HEAT_FUSION, Material::latentHeatFusion),
	BOILING_POINT(Messages.Scalar_boilingPoint, DisplayUnit.KELVIN, PropertyKind.BOILING_POINT, Material::boilingPoint),
	LATENT_HEAT_VAPORIZATION(Messages.Scalar_latentHeatVaporization, DisplayUnit.KILOJOULE_PER_KILOGRAM,
			PropertyKind.LATENT_HEAT_VAPORIZATION, Material::latentHeatVaporization);

	final String label;
	final DisplayUnit unit;
	final PropertyKind property;
	private final ToDoubleFunction<Material> reader;

	ScalarField(String label, DisplayUnit unit, PropertyKind property, ToDoubleFunction<Material> reader) {
		this.label = label;
		this.unit = unit;
		this.property = property;
		this.reader = reader;
	}

	double read(Material material) {
		return reader.applyAsDouble(material);
	}
}
