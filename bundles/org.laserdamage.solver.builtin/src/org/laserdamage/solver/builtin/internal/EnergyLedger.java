package org.laserdamage.solver.builtin.internal;

/**
 * The global energy balance of a run: energy absorbed through the front face
 * (from the beam, or conducted in through a held front face), energy lost
 * through the faces, and the enthalpy stored in the target.
 */
public final class EnergyLedger {

	private double absorbed;
	private double lost;

	/** Adds one accepted step, with the powers of its converged state. */
	public void add(double dt, double absorbedPower, double lostPower) {
		absorbed += dt * absorbedPower;
		lost += dt * lostPower;
	}

	public double absorbed() {
		return absorbed;
	}

	public double lost() {
		return lost;
	}

	/**
	 * @param stored enthalpy gained since the start, J
	 * @return (absorbed − lost − stored) relative to the absorbed energy, or to
	 *         the largest of the three when nothing was absorbed; 0 when all are 0
	 */
	public double relativeError(double stored) {
		double scale = Math.abs(absorbed);
		if (scale == 0) {
			scale = Math.max(Math.abs(lost), Math.abs(stored));
		}
		return scale == 0 ? 0 : (absorbed - lost - stored) / scale;
	}
}
