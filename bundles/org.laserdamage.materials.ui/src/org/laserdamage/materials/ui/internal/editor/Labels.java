package org.laserdamage.materials.ui.internal.editor;

import org.laserdamage.materials.PropertyKind;

/** The names users read for material properties. */
final class Labels {

	private Labels() {
	}

	static String property(PropertyKind kind) {
		return switch (kind) {
		case DENSITY -> Messages.Property_density;
		case SPECIFIC_HEAT -> Messages.Property_specificHeat;
		case CONDUCTIVITY -> Messages.Property_conductivity;
		case CONDUCTIVITY_THROUGH_THICKNESS -> Messages.Property_conductivityThroughThickness;
		case MELTING_RANGE -> Messages.Property_meltingRange;
		case LATENT_HEAT_FUSION -> Messages.Scalar_latentHeatFusion;
		case BOILING_POINT -> Messages.Scalar_boilingPoint;
		case LATENT_HEAT_VAPORIZATION -> Messages.Scalar_latentHeatVaporization;
		case EMISSIVITY -> Messages.Property_emissivity;
		case ABSORPTIVITY -> Messages.Property_absorptivity;
		};
	}
}
