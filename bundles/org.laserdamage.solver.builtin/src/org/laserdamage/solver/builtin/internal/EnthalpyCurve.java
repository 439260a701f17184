package org.laserdamage.solver.builtin.internal;

import java.util.TreeSet;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.TemperatureTable;

/**
 * Volumetric enthalpy H(T) = ∫ ρ(T') [c_p(T') + L_f f_l'(T')] dT' of one
 * material, measured from a reference temperature, and its inverse.
 * <p>
 * The liquid fraction ramps linearly from the solidus to the liquidus; an
 * interval narrower than {@link #MIN_MELTING_INTERVAL} is widened to it so that
 * the enthalpy stays a function of temperature. Between the breakpoints of the
 * density and heat-capacity tables (and the melting interval) ρ and c_p are
 * linear, so the integrand is a quadratic and H a cubic that is integrated
 * exactly; beyond the tables both are constant, as the tables define. The
 * integrand is positive everywhere, so H is strictly increasing and the
 * inverse is unique.
 * <p>
 * A material without melting data never melts: it has no latent heat, its
 * solidus and liquidus are +∞ and its liquid fraction is always 0.
 */
public final class EnthalpyCurve {

	/** Narrowest melting interval, K. */
	public static final double MIN_MELTING_INTERVAL = 1.0;

	private final double solidus;
	private final double liquidus;
	/** Segment s starts at start[s]; the last extends to infinity. */
	private final double[] start;
	private final double[] startEnthalpy;
	private final double[] c0;
	private final double[] c1;
	private final double[] c2;
	private final double slopeBelow;

	public EnthalpyCurve(Material material, double referenceTemperature) {
		Melting melting = material.melting().orElse(null);
		solidus = melting == null ? Double.POSITIVE_INFINITY : melting.solidus();
		liquidus = melting == null ? Double.POSITIVE_INFINITY : Math.max(melting.liquidus(), solidus + MIN_MELTING_INTERVAL);
		TemperatureTable rho = material.density();
		TemperatureTable cp = material.specificHeat();
		TreeSet<Double> points = new TreeSet<>();
		for (double t : rho.temperatures()) {
			points.add(t);
		}
		for (double t : cp.temperatures()) {
			points.add(t);
		}
		if (melting != null) {
			points.add(solidus);
			points.add(liquidus);
		}
		start = points.stream().mapToDouble(Double::doubleValue).toArray();
		int m = start.length;
		startEnthalpy = new double[m];
		c0 = new double[m];
		c1 = new double[m];
		c2 = new double[m];
		double latentDensity = melting == null ? 0 : melting.latentHeat() / (liquidus - solidus);
		for (int s = 0; s < m; s++) {
			double a = start[s];
			double latent = a >= solidus && a < liquidus ? latentDensity : 0;
			double rhoA = rho.valueAt(a);
			double cA = cp.valueAt(a);
			double rhoSlope = 0;
			double cSlope = 0;
			if (s + 1 < m) {
				double b = start[s + 1];
				rhoSlope = (rho.valueAt(b) - rhoA) / (b - a);
				cSlope = (cp.valueAt(b) - cA) / (b - a);
				c0[s] = rhoA * (cA + latent);
				c1[s] = rhoA * cSlope + rhoSlope * (cA + latent);
				c2[s] = rhoSlope * cSlope;
				startEnthalpy[s + 1] = startEnthalpy[s] + integral(s, b - a);
			} else {
				c0[s] = rhoA * (cA + latent);
			}
		}
		slopeBelow = rho.valueAt(start[0]) * cp.valueAt(start[0]);
		double offset = enthalpy(referenceTemperature);
		for (int s = 0; s < m; s++) {
			startEnthalpy[s] -= offset;
		}
	}

	private double integral(int s, double x) {
		return x * (c0[s] + x * (c1[s] / 2 + x * c2[s] / 3));
	}

	/** @return the segment holding {@code t}, −1 below the first breakpoint */
	public int segmentOf(double t) {
		if (t < start[0]) {
			return -1;
		}
		int lo = 0;
		int hi = start.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (start[mid] <= t) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	/** @return H(T) in J/m³, zero at the reference temperature */
	public double enthalpy(double t) {
		return enthalpy(segmentOf(t), t);
	}

	/** @return H(T) for {@code t} in {@code segment} (from {@link #segmentOf}) */
	public double enthalpy(int segment, double t) {
		if (segment < 0) {
			return startEnthalpy[0] + slopeBelow * (t - start[0]);
		}
		return startEnthalpy[segment] + integral(segment, t - start[segment]);
	}

	/** @return dH/dT in J/(m³·K), the right-hand derivative at a breakpoint */
	public double capacity(double t) {
		return capacity(segmentOf(t), t);
	}

	/** @return dH/dT for {@code t} in {@code segment} (from {@link #segmentOf}) */
	public double capacity(int segment, double t) {
		if (segment < 0) {
			return slopeBelow;
		}
		double x = t - start[segment];
		return c0[segment] + x * (c1[segment] + x * c2[segment]);
	}

	/** @return the temperature at which the enthalpy is {@code h} (J/m³) */
	public double temperature(double h) {
		return temperature(h, Double.NaN);
	}

	/**
	 * @param guess a temperature near the answer, which speeds up the inversion
	 *              inside a segment where ρ c_p varies; NaN if none
	 * @return the temperature at which the enthalpy is {@code h} (J/m³)
	 */
	public double temperature(double h, double guess) {
		if (h < startEnthalpy[0]) {
			return start[0] + (h - startEnthalpy[0]) / slopeBelow;
		}
		int lo = 0;
		int hi = start.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (startEnthalpy[mid] <= h) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		double target = h - startEnthalpy[lo];
		if (lo == start.length - 1 || (c1[lo] == 0 && c2[lo] == 0)) {
			return start[lo] + target / c0[lo];
		}
		double width = start[lo + 1] - start[lo];
		double x = guess - start[lo];
		if (!(x > 0 && x < width)) {
			x = width * target / (startEnthalpy[lo + 1] - startEnthalpy[lo]);
		}
		return start[lo] + solveCubic(lo, target, width, x);
	}

	/** Safeguarded Newton on the increasing cubic integral(s, x) = target, x in [0, width], from x. */
	private double solveCubic(int s, double target, double width, double first) {
		double lo = 0;
		double hi = width;
		double x = first;
		for (int k = 0; k < 60; k++) {
			double f = integral(s, x) - target;
			if (f == 0) {
				return x;
			}
			if (f > 0) {
				hi = x;
			} else {
				lo = x;
			}
			double next = x - f / (c0[s] + x * (c1[s] + x * c2[s]));
			if (!(next > lo && next < hi)) {
				next = 0.5 * (lo + hi);
			}
			if (Math.abs(next - x) <= 1e-13 * width) {
				return next;
			}
			x = next;
		}
		return x;
	}

	/** @return the liquid fraction at temperature {@code t}, 0..1 */
	public double liquidFraction(double t) {
		if (t <= solidus) {
			return 0;
		}
		return t >= liquidus ? 1 : (t - solidus) / (liquidus - solidus);
	}

	/** @return whether the material melts at all (has melting data) */
	public boolean melts() {
		return solidus != Double.POSITIVE_INFINITY;
	}

	/** @return the solidus, +∞ for a material that never melts */
	public double solidus() {
		return solidus;
	}

	/** @return the liquidus as used, at least {@link #MIN_MELTING_INTERVAL} above the solidus */
	public double liquidus() {
		return liquidus;
	}
}
