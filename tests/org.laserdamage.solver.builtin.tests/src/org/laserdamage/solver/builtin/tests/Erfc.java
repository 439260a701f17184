package org.laserdamage.solver.builtin.tests;

/** The complementary error function, to double precision, for the closed forms. */
final class Erfc {

	private Erfc() {
	}

	/**
	 * erfc(x) for x ≥ 0: the Taylor series of erf below 3, the continued
	 * fraction of erfc above (both converge to machine precision there).
	 */
	static double erfc(double x) {
		if (x < 0) {
			return 2 - erfc(-x);
		}
		if (x < 3) {
			double sum = 0;
			double term = x;
			for (int n = 0; n < 200; n++) {
				double add = term / (2 * n + 1);
				sum += add;
				if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
					break;
				}
				term *= -x * x / (n + 1);
			}
			return 1 - 2 / Math.sqrt(Math.PI) * sum;
		}
		// Lentz evaluation of erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
		double f = x;
		double c = x;
		double d = 0;
		for (int n = 1; n < 500; n++) {
			double a = n / 2.0;
			d = x + a * d;
			d = 1 / d;
			c = x + a / c;
			double delta = c * d;
			f *= delta;
			if (Math.abs(delta - 1) < 1e-16) {
				break;
			}
		}
		return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
	}

	static double erf(double x) {
		return 1 - erfc(x);
	}
}
