package org.laserdamage.solver.builtin.internal;

/**
 * Preconditioned conjugate gradients for the symmetric positive definite
 * {@link FvMatrix}, with the {@link IncompleteCholesky} preconditioner. The
 * work vectors are allocated once per mesh.
 */
public final class ConjugateGradient {

	private final IncompleteCholesky preconditioner;
	private final double[] r;
	private final double[] z;
	private final double[] p;
	private final double[] q;
	private int iterations;
	private boolean converged;

	public ConjugateGradient(int n) {
		preconditioner = new IncompleteCholesky(n);
		r = new double[n];
		z = new double[n];
		p = new double[n];
		q = new double[n];
	}

	/**
	 * Solves A x = b, starting from x = 0, until ‖r‖₂ ≤ max(relative ‖b‖₂, absolute).
	 *
	 * @return true when the tolerance was met within {@code maxIterations}
	 */
	public boolean solve(FvMatrix a, double[] b, double[] x, double relative, double absolute, int maxIterations) {
		int n = a.n;
		preconditioner.factor(a);
		double bNorm = 0;
		for (int c = 0; c < n; c++) {
			x[c] = 0;
			r[c] = b[c];
			bNorm += b[c] * b[c];
		}
		double tolerance = Math.max(relative * Math.sqrt(bNorm), absolute);
		iterations = 0;
		converged = Math.sqrt(bNorm) <= tolerance;
		if (converged) {
			return true;
		}
		preconditioner.apply(r, z);
		double rz = 0;
		for (int c = 0; c < n; c++) {
			p[c] = z[c];
			rz += r[c] * z[c];
		}
		double tolerance2 = tolerance * tolerance;
		while (iterations < maxIterations) {
			iterations++;
			double pq = a.multiplyAndDot(p, q);
			if (!(pq > 0)) {
				break;
			}
			double alpha = rz / pq;
			double rr = 0;
			for (int c = 0; c < n; c++) {
				x[c] += alpha * p[c];
				double rc = r[c] - alpha * q[c];
				r[c] = rc;
				rr += rc * rc;
			}
			if (rr <= tolerance2) {
				converged = true;
				break;
			}
			preconditioner.apply(r, z);
			double rzNew = 0;
			for (int c = 0; c < n; c++) {
				rzNew += r[c] * z[c];
			}
			double beta = rzNew / rz;
			rz = rzNew;
			for (int c = 0; c < n; c++) {
				p[c] = z[c] + beta * p[c];
			}
		}
		return converged;
	}

	/** @return the iterations of the last {@link #solve} */
	public int iterations() {
		return iterations;
	}
}
