package org.laserdamage.solver;

import java.util.OptionalDouble;

/**
 * The laser as the solver sees it.
 *
 * @param profile                spatial shape
 * @param radius                 1/e² radius (Gaussian) or radius (top-hat), m
 * @param wavelength             wavelength in m, used to look up absorptivity
 * @param temporal               power against time
 * @param absorptivityOverride   a fixed absorptivity replacing the material's A(λ, T)
 */
public record Beam(BeamProfile profile, double radius, double wavelength, TemporalProfile temporal,
		OptionalDouble absorptivityOverride) {

	public Beam {
		if (!(radius > 0)) {
			throw new IllegalArgumentException("Beam radius must be positive, was " + radius + " m"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(wavelength > 0)) {
			throw new IllegalArgumentException("Wavelength must be positive, was " + wavelength + " m"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (absorptivityOverride.isPresent()) {
			double a = absorptivityOverride.getAsDouble();
			if (a < 0 || a > 1) {
				throw new IllegalArgumentException("Absorptivity override must lie in [0, 1], was " + a); //$NON-NLS-1$
			}
		}
	}
}
