package org.laserdamage.solver;

/** Spatial shape of the beam on the front face. */
public enum BeamProfile {
	/** I(r) = 2P/(π w²) exp(−2 r²/w²), w the 1/e² radius. */
	GAUSSIAN,
	/** I = P/(π a²) for r &lt; a, a the radius. */
	TOP_HAT;

	/**
	 * @param radius w (1/e²) for {@link #GAUSSIAN}, a for {@link #TOP_HAT}, in m
	 * @return the fraction of the beam power falling on the annulus [r0, r1]
	 */
	public double fraction(double radius, double r0, double r1) {
		switch (this) {
		case GAUSSIAN:
			return Math.exp(-2 * r0 * r0 / (radius * radius)) - Math.exp(-2 * r1 * r1 / (radius * radius));
		case TOP_HAT:
			double a0 = Math.min(r0, radius);
			double a1 = Math.min(r1, radius);
			return (a1 * a1 - a0 * a0) / (radius * radius);
		default:
			throw new IllegalStateException(name());
		}
	}

	/** @return irradiance per watt (1/m²) at radius {@code r} */
	public double irradiancePerWatt(double radius, double r) {
		switch (this) {
		case GAUSSIAN:
			return 2 / (Math.PI * radius * radius) * Math.exp(-2 * r * r / (radius * radius));
		case TOP_HAT:
			return r < radius ? 1 / (Math.PI * radius * radius) : 0;
		default:
			throw new IllegalStateException(name());
		}
	}
}
