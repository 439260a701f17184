package org.laserdamage.solver.builtin.internal;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.TemperatureTable;

/** The properties of one layer's material as the discretisation reads them. */
public final class MaterialModel {

	static final double SLOPE_STEP = 0.5;

	private final Material material;
	private final TemperatureTable radialConductivity;
	private final TemperatureTable axialConductivity;
	private final EnthalpyCurve enthalpy;

	public MaterialModel(Material material, double referenceTemperature) {
		this.material = material;
		radialConductivity = material.conductivity();
		axialConductivity = material.axialConductivity();
		enthalpy = new EnthalpyCurve(material, referenceTemperature);
	}

	public Material material() {
		return material;
	}

	/** @return radial (in-plane) conductivity in W/(m·K) */
	public double radialConductivity(double t) {
		return radialConductivity.valueAt(t);
	}

	/** @return axial (through-thickness) conductivity in W/(m·K) */
	public double axialConductivity(double t) {
		return axialConductivity.valueAt(t);
	}

	public double emissivity(double t) {
		return material.emissivity().valueAt(t);
	}

	public double absorptivity(double wavelength, double t) {
		return material.absorptivity().valueAt(wavelength, t);
	}

	/** @return dA/dT at {@code t}, 1/K, by a central difference over ±{@value #SLOPE_STEP} K */
	public double absorptivitySlope(double wavelength, double t) {
		return (absorptivity(wavelength, t + SLOPE_STEP) - absorptivity(wavelength, t - SLOPE_STEP)) / (2 * SLOPE_STEP);
	}

	public EnthalpyCurve enthalpy() {
		return enthalpy;
	}
}
