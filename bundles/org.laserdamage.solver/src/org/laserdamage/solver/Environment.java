package org.laserdamage.solver;

/**
 * Surroundings of the target. Losses on a face are h (T − T∞) + ε σ (T⁴ − T∞⁴),
 * with T∞ the face's ambient temperature.
 *
 * @param ambientTemperature  T∞ in K of the front face, and of the back face and the rim unless they have their own
 * @param frontConvection     h on the irradiated face, W/(m²·K)
 * @param backConvection      h on the back face, W/(m²·K)
 * @param frontEmissivity     ε on the front face; NaN takes the material's ε(T)
 * @param backEmissivity      ε on the back face; NaN takes the material's ε(T)
 * @param rimConvection       h on the outer rim r = R; 0 makes the rim insulated
 * @param backAmbientTemperature T∞ of the back face in K (convection and radiation); NaN: {@code ambientTemperature}
 * @param rimAmbientTemperature  T∞ of the rim in K (convection); NaN: {@code ambientTemperature}
 */
public record Environment(double ambientTemperature, double frontConvection, double backConvection,
		double frontEmissivity, double backEmissivity, double rimConvection, double backAmbientTemperature,
		double rimAmbientTemperature) {

	/** One ambient temperature for every face. */
	public Environment(double ambientTemperature, double frontConvection, double backConvection,
			double frontEmissivity, double backEmissivity, double rimConvection) {
		this(ambientTemperature, frontConvection, backConvection, frontEmissivity, backEmissivity, rimConvection,
				Double.NaN, Double.NaN);
	}

	public Environment {
		if (!(ambientTemperature > 0)) {
			throw new IllegalArgumentException("Ambient temperature must be positive in K, was " + ambientTemperature); //$NON-NLS-1$
		}
		if (!(frontConvection >= 0) || !(backConvection >= 0) || !(rimConvection >= 0)) {
			throw new IllegalArgumentException("Convection coefficients must be zero or positive (W/m²/K)"); //$NON-NLS-1$
		}
		if (!Double.isNaN(backAmbientTemperature) && !(backAmbientTemperature > 0)
				|| !Double.isNaN(rimAmbientTemperature) && !(rimAmbientTemperature > 0)) {
			throw new IllegalArgumentException("Face ambient temperatures must be positive in K, were " //$NON-NLS-1$
					+ backAmbientTemperature + " (back) and " + rimAmbientTemperature + " (rim)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		checkEmissivity(frontEmissivity, "front"); //$NON-NLS-1$
		checkEmissivity(backEmissivity, "back"); //$NON-NLS-1$
	}

	private static void checkEmissivity(double e, String face) {
		if (!Double.isNaN(e) && (e < 0 || e > 1)) {
			throw new IllegalArgumentException("Emissivity of the " + face + " face must lie in [0, 1], was " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return T∞ of the back face, K */
	public double backAmbient() {
		return Double.isNaN(backAmbientTemperature) ? ambientTemperature : backAmbientTemperature;
	}

	/** @return T∞ of the rim, K */
	public double rimAmbient() {
		return Double.isNaN(rimAmbientTemperature) ? ambientTemperature : rimAmbientTemperature;
	}

	/** @return whether the back face or the rim has an ambient temperature of its own, different from the front's */
	public boolean facesHaveOwnAmbient() {
		return backAmbient() != ambientTemperature || rimAmbient() != ambientTemperature;
	}

	/** An adiabatic environment: no convection, no radiation. */
	public static Environment insulated(double ambientTemperature) {
		return new Environment(ambientTemperature, 0, 0, 0, 0, 0);
	}
}
