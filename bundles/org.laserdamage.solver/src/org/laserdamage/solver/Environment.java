package org.laserdamage.solver;

/**
 * Surroundings of the target. Losses on a face are h (T − T∞) + ε σ (T⁴ − T∞⁴).
 *
 * @param ambientTemperature  T∞ in K
 * @param frontConvection     h on the irradiated face, W/(m²·K)
 * @param backConvection      h on the back face, W/(m²·K)
 * @param frontEmissivity     ε on the front face; NaN takes the material's ε(T)
 * @param backEmissivity      ε on the back face; NaN takes the material's ε(T)
 * @param rimConvection       h on the outer rim r = R; 0 makes the rim insulated
 */
public record Environment(double ambientTemperature, double frontConvection, double backConvection,
		double frontEmissivity, double backEmissivity, double rimConvection) {

	public Environment {
		if (!(ambientTemperature > 0)) {
			throw new IllegalArgumentException("Ambient temperature must be positive in K, was " + ambientTemperature); //$NON-NLS-1$
		}
		if (!(frontConvection >= 0) || !(backConvection >= 0) || !(rimConvection >= 0)) {
			throw new IllegalArgumentException("Convection coefficients must be zero or positive (W/m²/K)"); //$NON-NLS-1$
		}
		checkEmissivity(frontEmissivity, "front"); //$NON-NLS-1$
		checkEmissivity(backEmissivity, "back"); //$NON-NLS-1$
	}

	private static void checkEmissivity(double e, String face) {
		if (!Double.isNaN(e) && (e < 0 || e > 1)) {
			throw new IllegalArgumentException("Emissivity of the " + face + " face must lie in [0, 1], was " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** An adiabatic environment: no convection, no radiation. */
	public static Environment insulated(double ambientTemperature) {
		return new Environment(ambientTemperature, 0, 0, 0, 0, 0);
	}
}
