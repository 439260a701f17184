package org.laserdamage.materials;

/**
 * The melting data of a material, given together or not at all: a material
 * without it never melts (a "constant-property" test material, or one whose
 * melting is outside the modelled range).
 *
 * @param solidus    K, above zero
 * @param liquidus   K, at or above the solidus (equal for a pure substance)
 * @param latentHeat latent heat of fusion, J/kg, zero or positive
 */
public record Melting(double solidus, double liquidus, double latentHeat) {

	public Melting {
		if (!(solidus > 0) || !(liquidus >= solidus)) {
			throw new IllegalArgumentException("needs 0 < solidus <= liquidus (K), was solidus " + solidus //$NON-NLS-1$
					+ ", liquidus " + liquidus); //$NON-NLS-1$
		}
		if (!(latentHeat >= 0)) {
			throw new IllegalArgumentException("latent heat of fusion must be zero or positive (J/kg), was " + latentHeat); //$NON-NLS-1$
		}
	}
}
