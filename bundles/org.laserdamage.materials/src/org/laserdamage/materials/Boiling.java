package org.laserdamage.materials;

/**
 * The boiling (or sublimation, or decomposition) data of a material, given
 * together or not at all. Without it nothing warns that a result goes past
 * the boiling point.
 *
 * @param temperature boiling point, K, above zero
 * @param latentHeat  latent heat of vaporization, J/kg, zero or positive
 */
public record Boiling(double temperature, double latentHeat) {

	public Boiling {
		if (!(temperature > 0)) {
			throw new IllegalArgumentException("boiling point must be above 0 K, was " + temperature); //$NON-NLS-1$
		}
		if (!(latentHeat >= 0)) {
			throw new IllegalArgumentException("latent heat of vaporization must be zero or positive (J/kg), was " + latentHeat); //$NON-NLS-1$
		}
	}
}
