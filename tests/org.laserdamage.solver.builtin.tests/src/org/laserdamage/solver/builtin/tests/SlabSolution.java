package org.laserdamage.solver.builtin.tests;

/**
 * Carslaw &amp; Jaeger's series for a slab 0 &lt; x &lt; L heated by a flux q at
 * x = 0 and insulated at x = L (PHYSICS.md case 1), and the semi-infinite
 * limit (case 2).
 */
final class SlabSolution {

	private SlabSolution() {
	}

	/** @return the temperature rise at depth x and time t, K */
	static double rise(double q, double k, double rhoC, double length, double x, double t) {
		double alpha = k / rhoC;
		double tau = alpha * t / (length * length);
		double xi = x / length;
		double sum = 0;
		for (int n = 1; n <= 2000; n++) {
			double term = Math.exp(-n * n * Math.PI * Math.PI * tau) / (n * (double) n);
			sum += term * Math.cos(n * Math.PI * xi);
			if (term < 1e-17) {
				break;
			}
		}
		return q * length / k * (tau + 1.0 / 3 - xi + xi * xi / 2 - 2 / (Math.PI * Math.PI) * sum);
	}

	/** Carslaw &amp; Jaeger 2.9: rise at depth x and time t in a semi-infinite solid, K. */
	static double semiInfinite(double q, double k, double alpha, double x, double t) {
		double root = Math.sqrt(alpha * t);
		return 2 * q / k * (root / Math.sqrt(Math.PI) * Math.exp(-x * x / (4 * root * root))
				- x / 2 * Erfc.erfc(x / (2 * root)));
	}
}
