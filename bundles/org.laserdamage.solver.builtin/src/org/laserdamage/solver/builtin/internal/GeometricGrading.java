package org.laserdamage.solver.builtin.internal;

import org.laserdamage.solver.GradedMesh;

/**
 * Face positions of a one-dimensional geometric grading ({@link GradedMesh#faces}, shared with other solvers): each cell is a fixed
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
		return GradedMesh.faces(start, length, cells, ratio);
	}
}
