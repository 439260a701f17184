package org.laserdamage.solver.builtin.internal;

/**
 * Solves the nonlinear equations of one backward-Euler step, R(T) = 0 of
 * {@link HeatBalance}, by a Newton-type iteration in enthalpy form: each
 * iteration solves J δ = −R for a temperature correction, then moves the
 * enthalpy of every cell by C δ (C = dH/dT) and takes the temperature as the
 * exact inverse of the new enthalpy. A cell crossing the melting interval
 * therefore neither overshoots nor stalls (the source linearisation of Voller
 * and Swaminathan, written for the enthalpy).
 * <p>
 * Every step makes at least one iteration. It has converged when the global
 * energy imbalance is below {@link #ENERGY_TOLERANCE} of the step's gross
 * energy flows and the error estimate θ/(1 − θ) · max|ΔT| is below the
 * temperature tolerance, with ΔT the last update and θ the observed
 * contraction of the (Jacobi-scaled) residual. A linear problem thus stops
 * after one solve, as θ is at the level of the linear-solver tolerance.
 * <p>
 * Neither test asks for more than floating point can give: a residual at the
 * rounding level of its evaluation ({@link #roundingLevel}), or an update that
 * no longer moves any temperature beyond its last bits, ends the iteration.
 * Very short or very quiet steps (a few mW absorbed, or a step of picoseconds
 * late in a run, where V/Δt · eps · |H| outweighs the step's energy flows)
 * would otherwise never converge.
 */
public final class ImplicitStepper {

	/** Outcome of one step. */
	public enum Outcome {
		CONVERGED, NOT_CONVERGED, NOT_A_NUMBER
	}

	static final double ENERGY_TOLERANCE = 1e-10;
	static final int MAX_ITERATIONS = 30;
	/** Relative tolerance of the first linear solve of a step, which is all a linear problem needs. */
	private static final double LINEAR_TOLERANCE = 1e-10;
	/**
	 * Relative tolerance of the later solves: their residual is the nonlinear
	 * remainder, which the next iteration shrinks by far less than this.
	 */
	private static final double LATER_LINEAR_TOLERANCE = 1e-4;
	private static final double ROUNDING_FLOOR = 1e-14;
	private static final int MAX_LINEAR_ITERATIONS = 2000;

	private final Mesh mesh;
	private final HeatBalance balance;
	private final double temperatureTolerance;
	private final FvMatrix jacobian;
	private final ConjugateGradient cg;
	private final double[] residual;
	private final double[] correction;
	private final double[] product;
	private int iterations;
	private long linearIterations;

	/**
	 * @param temperatureTolerance largest acceptable estimated temperature error, K
	 */
	public ImplicitStepper(Mesh mesh, HeatBalance balance, double temperatureTolerance) {
		this.mesh = mesh;
		this.balance = balance;
		this.temperatureTolerance = temperatureTolerance;
		int n = mesh.cells();
		jacobian = new FvMatrix(mesh.radialCells(), mesh.axialCells());
		cg = new ConjugateGradient(n);
		residual = new double[n];
		correction = new double[n];
		product = new double[n];
	}

	/**
	 * @param oldEnthalpy enthalpy at the start of the step, J/m³
	 * @param meanPower   beam power averaged over the step, W
	 * @param t           in: first guess; out: the solution when converged
	 */
	public Outcome step(double[] oldEnthalpy, double dt, double meanPower, double[] t) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		iterations = 0;
		double previous = 0;
		double change = 0;
		while (true) {
			balance.evaluate(t, oldEnthalpy, dt, meanPower, residual, jacobian);
			if (!Double.isFinite(balance.residualSum())) {
				return Outcome.NOT_A_NUMBER;
			}
			double floor = roundingLevel(t, oldEnthalpy, dt);
			double local = balance.largestCorrection();
			if (iterations > 0
					&& Math.abs(balance.residualSum()) <= Math.max(ENERGY_TOLERANCE * balance.scale(), floor)) {
				double rate = previous > 0 ? local / previous : 0;
				if (change <= ROUNDING_FLOOR * largest(t)
						|| rate < 1 && rate / (1 - rate) * change <= temperatureTolerance) {
					return Outcome.CONVERGED;
				}
			}
			if (iterations == MAX_ITERATIONS) {
				return Outcome.NOT_CONVERGED;
			}
			iterations++;
			double[] h = balance.enthalpy();
			double[] capacity = balance.capacity();
			for (int c = 0; c < residual.length; c++) {
				residual[c] = -residual[c];
			}
			double relative = iterations == 1 ? LINEAR_TOLERANCE : LATER_LINEAR_TOLERANCE;
			boolean solved = cg.solve(jacobian, residual, correction, relative, floor, MAX_LINEAR_ITERATIONS);
			if (solved && cg.iterations() == 0) {
				// the residual is already at the rounding level of its evaluation
				return Outcome.CONVERGED;
			}
			linearIterations += cg.iterations();
			conserve();
			change = 0;
			for (int j = 0; j < nz; j++) {
				EnthalpyCurve curve = balance.model(j).enthalpy();
				for (int c = j * nr; c < (j + 1) * nr; c++) {
					double next = curve.temperature(h[c] + capacity[c] * correction[c], t[c] + correction[c]);
					change = Math.max(change, Math.abs(next - t[c]));
					t[c] = next;
				}
			}
			previous = local;
		}
	}

	/**
	 * The level below which the residual of the last evaluation is rounding
	 * noise, W (as a 2-norm over the cells, ROUNDING_FLOOR times the root sum
	 * of squares of the per-cell error bounds). The flux terms of R_c carry an
	 * error of about eps · (Σ G) |T_c|. The storage term V/Δt · (H(T_c) − H_old)
	 * carries one of about eps · V/Δt · (C |T_c| + |H| + |H_old|): a
	 * temperature is only known to its last bit, and the difference of two
	 * enthalpies to theirs. On very short steps the storage part dominates;
	 * without it the iteration would chase a residual it cannot reduce.
	 */
	private double roundingLevel(double[] t, double[] oldEnthalpy, double dt) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		double[] h = balance.enthalpy();
		double[] storage = balance.storage();
		double sum = 0;
		for (int j = 0; j < nz; j++) {
			for (int i = 0; i < nr; i++) {
				int c = j * nr + i;
				double temperature = Math.abs(t[c]);
				double fluxes = (jacobian.diag[c] - storage[c]) * temperature;
				double stored = storage[c] * temperature
						+ mesh.volume(i, j) / dt * (Math.abs(h[c]) + Math.abs(oldEnthalpy[c]));
				sum += fluxes * fluxes + stored * stored;
			}
		}
		return ROUNDING_FLOOR * Math.sqrt(sum);
	}

	private static double largest(double[] t) {
		double m = 0;
		for (double v : t) {
			m = Math.max(m, Math.abs(v));
		}
		return m;
	}

	/**
	 * Removes the net energy imbalance the inexact linear solve leaves, by a
	 * uniform shift of the correction: conduction is unchanged by a uniform
	 * shift, so the sum of the linear residuals changes by the shift times the
	 * sum of the storage and boundary terms of the diagonal (the row sums of
	 * J). The linearised step then conserves energy to rounding, whatever the
	 * solver tolerance.
	 */
	private void conserve() {
		jacobian.multiply(correction, product);
		double imbalance = 0;
		double rowSums = balance.boundaryConductance();
		double[] storage = balance.storage();
		for (int c = 0; c < residual.length; c++) {
			imbalance += residual[c] - product[c];
			rowSums += storage[c];
		}
		double shift = imbalance / rowSums;
		for (int c = 0; c < correction.length; c++) {
			correction[c] += shift;
		}
	}

	/** @return nonlinear iterations of the last step */
	public int iterations() {
		return iterations;
	}

	/** @return linear-solver iterations since this stepper was made */
	public long linearIterations() {
		return linearIterations;
	}
}
