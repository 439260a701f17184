package org.laserdamage.materials;

/** The properties a material record holds; each has its own {@link Source}. */
public enum PropertyKind {
	/** Density in kg/m³ against temperature. */
	DENSITY,
	/** Specific heat capacity c_p in J/(kg·K) against temperature. */
	SPECIFIC_HEAT,
	/** Thermal conductivity in W/(m·K) against temperature (in-plane for composites). */
	CONDUCTIVITY,
	/** Through-thickness conductivity in W/(m·K) for anisotropic materials. */
	CONDUCTIVITY_THROUGH_THICKNESS,
	/** Solidus and liquidus temperatures in K. */
	MELTING_RANGE,
	/** Latent heat of fusion in J/kg. */
	LATENT_HEAT_FUSION,
	/** Boiling (or sublimation/decomposition) temperature in K. */
	BOILING_POINT,
	/** Latent heat of vaporization in J/kg. */
	LATENT_HEAT_VAPORIZATION,
	/** Hemispherical total emissivity against temperature. */
	EMISSIVITY,
	/** Absorptivity against wavelength and temperature. */
	ABSORPTIVITY
}
