package org.laserdamage.solver.builtin.internal;

/**
 * The symmetric positive definite five-point matrix of the r–z finite-volume
 * discretisation, stored by diagonals: {@code diag[c]}, and the conductances
 * {@code east[c]} to cell c + 1 and {@code north[c]} to cell c + nr, which
 * enter the matrix negated. {@code east} is zero in the last column and
 * {@code north} in the last row.
 */
public final class FvMatrix {

	final int n;
	final int nr;
	final double[] diag;
	final double[] east;
	final double[] north;

	public FvMatrix(int nr, int nz) {
		this.nr = nr;
		n = nr * nz;
		diag = new double[n];
		east = new double[n];
		north = new double[n];
	}

	public int size() {
		return n;
	}

	/** y = A x. */
	public void multiply(double[] x, double[] y) {
		multiplyAndDot(x, y);
	}

	/** y = A x; returns xᵀ A x, which conjugate gradients needs next. */
	public double multiplyAndDot(double[] x, double[] y) {
		int m = nr;
		double[] d = diag;
		double[] e = east;
		double[] nn = north;
		double dot = 0;
		if (n <= m) {
			for (int c = 0; c < n; c++) {
				double v = d[c] * x[c] - (c + 1 < n ? e[c] * x[c + 1] : 0) - (c > 0 ? e[c - 1] * x[c - 1] : 0);
				y[c] = v;
				dot += v * x[c];
			}
			return dot;
		}
		// first row: no south neighbour; east[nr - 1] = 0 covers the wrap to the next row
		for (int c = 0; c < m; c++) {
			double v = d[c] * x[c] - e[c] * x[c + 1] - (c > 0 ? e[c - 1] * x[c - 1] : 0) - nn[c] * x[c + m];
			y[c] = v;
			dot += v * x[c];
		}
		int last = n - m;
		for (int c = m; c < last; c++) {
			double v = d[c] * x[c] - e[c] * x[c + 1] - e[c - 1] * x[c - 1] - nn[c] * x[c + m] - nn[c - m] * x[c - m];
			y[c] = v;
			dot += v * x[c];
		}
		// last row: no north neighbour
		for (int c = last; c < n; c++) {
			double v = d[c] * x[c] - (c + 1 < n ? e[c] * x[c + 1] : 0) - e[c - 1] * x[c - 1] - nn[c - m] * x[c - m];
			y[c] = v;
			dot += v * x[c];
		}
		return dot;
	}
}
