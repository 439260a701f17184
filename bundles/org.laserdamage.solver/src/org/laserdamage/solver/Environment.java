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
 * @param surroundingsTemperature what the front and back faces radiate to, K (e.g. a cold sky or a hot
 *                               furnace wall, apart from the gas they convect to); NaN: each face's ambient
 * @param backHeatFlux           a prescribed heat flux into the back face, W/m², uniform and constant (negative
 *                               draws heat out, e.g. a cooler of known power); 0 for none
 */
public record Environment(double ambientTemperature, double frontConvection, double backConvection,
		double frontEmissivity, double backEmissivity, double rimConvection, double backAmbientTemperature,
		double rimAmbientTemperature, double surroundingsTemperature, double backHeatFlux) {

	/** Without a prescribed back-face flux. */
	public Environment(double ambientTemperature, double frontConvection, double backConvection,
			double frontEmissivity, double backEmissivity, double rimConvection, double backAmbientTemperature,
			double rimAmbientTemperature, double surroundingsTemperature) {
		this(ambientTemperature, frontConvection, backConvection, frontEmissivity, backEmissivity, rimConvection,
				backAmbientTemperature, rimAmbientTemperature, surroundingsTemperature, 0);
	}

	/** Faces with their own ambient temperatures, radiating to them. */
	public Environment(double ambientTemperature, double frontConvection, double backConvection,
			double frontEmissivity, double backEmissivity, double rimConvection, double backAmbientTemperature,
			double rimAmbientTemperature) {
		this(ambientTemperature, frontConvection, backConvection, frontEmissivity, backEmissivity, rimConvection,
				backAmbientTemperature, rimAmbientTemperature, Double.NaN);
	}

	/** One ambient temperature for every face. */
	public Environment(double ambientTemperature, double frontConvection, double backConvection,
			double frontEmissivity, double backEmissivity, double rimConvection) {
		this(ambientTemperature, frontConvection, backConvection, frontEmissivity, backEmissivity, rimConvection,
				Double.NaN, Double.NaN, Double.NaN);
	}

	public Environment {
		if (!(ambientTemperature > 0)) {
			throw new IllegalArgumentException("Ambient temperature must be positive in K, was " + ambientTemperature); //$NON-NLS-1$
		}
		if (!(frontConvection >= 0) || !(backConvection >= 0) || !(rimConvection >= 0)) {
			throw new IllegalArgumentException("Convection coefficients must be zero or positive (W/m²/K)"); //$NON-NLS-1$
		}
		if (!Double.isNaN(backAmbientTemperature) && !(backAmbientTemperature > 0)
				|| !Double.isNaN(rimAmbientTemperature) && !(rimAmbientTemperature > 0)
				|| !Double.isNaN(surroundingsTemperature) && !(surroundingsTemperature > 0)) {
			throw new IllegalArgumentException("Face ambient temperatures must be positive in K, were " //$NON-NLS-1$
					+ backAmbientTemperature + " (back), " + rimAmbientTemperature + " (rim) and " //$NON-NLS-1$ //$NON-NLS-2$
					+ surroundingsTemperature + " (surroundings)"); //$NON-NLS-1$
		}
		if (!Double.isFinite(backHeatFlux)) {
			throw new IllegalArgumentException("The back-face heat flux must be finite (W/m²), was " + backHeatFlux); //$NON-NLS-1$
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

	/** @return what the front face radiates to, K */
	public double frontSurroundings() {
		return Double.isNaN(surroundingsTemperature) ? ambientTemperature : surroundingsTemperature;
	}

	/** @return what the back face radiates to, K */
	public double backSurroundings() {
		return Double.isNaN(surroundingsTemperature) ? backAmbient() : surroundingsTemperature;
	}

	/**
	 * @return whether a face has an ambient temperature of its own, different from the front's, or the
	 *         faces radiate to surroundings at another temperature
	 */
	public boolean facesHaveOwnAmbient() {
		return backAmbient() != ambientTemperature || rimAmbient() != ambientTemperature
				|| frontSurroundings() != ambientTemperature || backSurroundings() != backAmbient();
	}

	/** An adiabatic environment: no convection, no radiation. */
	public static Environment insulated(double ambientTemperature) {
		return new Environment(ambientTemperature, 0, 0, 0, 0, 0);
	}
}
