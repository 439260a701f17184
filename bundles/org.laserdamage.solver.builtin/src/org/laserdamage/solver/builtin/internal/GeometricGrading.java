package org.laserdamage.solver.builtin.internal;

/**
 * Face positions of a one-dimensional geometric grading: each cell is a fixed
 * factor larger than the one before, so that the last cell is {@code ratio}
 * times the first.
 */
public final class GeometricGrading {

	private GeometricGrading() {
	}

	/**
	 * @param start  position of the first face
	 * @param length total length, positive
	 * @param cells  number of cells, at least one
	 * @param ratio  largest over smallest cell, at least 1; the smallest cell is
	 *               the first
	 * @return {@code cells + 1} increasing face positions from {@code start} to
	 *         {@code start + length}; the last is exact
	 */
	public static double[] faces(double start, double length, int cells, double ratio) {
		double[] faces = new double[cells + 1];
		double growth = cells > 1 ? Math.pow(ratio, 1.0 / (cells - 1)) : 1;
		// the sum of the geometric series, written so that growth -> 1 stays accurate
		double sum = 0;
		double size = 1;
		for (int k = 0; k < cells; k++) {
			sum += size;
			size *= growth;
		}
		double first = length / sum;
		faces[0] = start;
		size = first;
		for (int k = 1; k < cells; k++) {
			faces[k] = faces[k - 1] + size;
			size *= growth;
		}
		faces[cells] = start + length;
		return faces;
	}
}
