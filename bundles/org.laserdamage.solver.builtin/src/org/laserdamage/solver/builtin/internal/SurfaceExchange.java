package org.laserdamage.solver.builtin.internal;

/**
 * Heat exchange through one boundary face of a cell. The face temperature
 * T_f is not a cell value: it follows from the balance of the half cell
 * behind it, conductance κ = k / d per unit area,
 *
 * <pre>
 * κ (T_f − T_c) = q − F(T_f),   F(T) = h (T − T∞) + ε σ (T⁴ − T_s⁴),
 * </pre>
 *
 * with q the absorbed flux, T∞ the gas the face convects to and T_s the
 * surroundings it radiates to (usually the same). The losses are therefore evaluated at the face,
 * which makes the scheme exact for a linear profile in the half cell (a steady
 * slab with a convective face, say) and keeps radiation from a steep surface
 * gradient right. F is convex and increasing, so Newton's method from the
 * linearisation at T_c converges monotonically after its first step. A held
 * face is the limit of an infinite exchange coefficient.
 * <p>
 * One instance is reused for every face; the results describe the last call.
 */
final class SurfaceExchange {

	private static final int MAX_NEWTON = 50;

	private double faceTemperature;
	private double absorbed;
	private double loss;
	private double conductance;

	/**
	 * @param cell       cell-centre temperature T_c, K
	 * @param halfCell   κ = k / d, W/(m²·K)
	 * @param flux       absorbed flux q, W/m²
	 * @param fluxSlope  dq/dT_c, W/(m²·K): a temperature-dependent absorptivity
	 * @param h          convection coefficient, W/(m²·K)
	 * @param emissivity ε
	 * @param ambient    T∞, K
	 * @param surroundings T_s, K
	 */
	void exchange(double cell, double halfCell, double flux, double fluxSlope, double h, double emissivity,
			double ambient, double surroundings) {
		double radiation = emissivity * HeatBalance.STEFAN_BOLTZMANN;
		double ambient4 = surroundings * surroundings * surroundings * surroundings;
		double tf = cell;
		for (int k = 0; k < MAX_NEWTON; k++) {
			double tf3 = tf * tf * tf;
			double g = halfCell * (tf - cell) - flux + h * (tf - ambient) + radiation * (tf3 * tf - ambient4);
			double step = g / (halfCell + h + 4 * radiation * tf3);
			tf -= step;
			if (Math.abs(step) <= 1e-13 * Math.abs(tf)) {
				break;
			}
		}
		double tf3 = tf * tf * tf;
		double slope = h + 4 * radiation * tf3;
		faceTemperature = tf;
		absorbed = flux;
		loss = h * (tf - ambient) + radiation * (tf3 * tf - ambient4);
		// −d(q − F(T_f))/dT_c with T_f from the face balance; negative when absorption grows faster than losses
		conductance = halfCell * (slope - fluxSlope) / (halfCell + slope);
	}

	/** A face held at {@code held} K: the heat conducted in counts as absorbed. */
	void hold(double cell, double halfCell, double held) {
		faceTemperature = held;
		absorbed = halfCell * (held - cell);
		loss = 0;
		conductance = halfCell;
	}

	double faceTemperature() {
		return faceTemperature;
	}

	/** @return absorbed flux, W/m² (for a held face, the flux conducted in) */
	double absorbed() {
		return absorbed;
	}

	/** @return flux lost to the surroundings, W/m² */
	double loss() {
		return loss;
	}

	/** @return −d(absorbed − loss)/dT_c, W/(m²·K); negative where the absorption grows faster than the losses */
	double conductance() {
		return conductance;
	}
}
