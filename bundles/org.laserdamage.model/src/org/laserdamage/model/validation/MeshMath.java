package org.laserdamage.model.validation;

/** Geometry of a geometrically graded 1-D mesh, as the built-in solver builds it. */
final class MeshMath {

	private MeshMath() {
	}

	/**
	 * @param length  length to mesh
	 * @param cells   number of cells
	 * @param grading ratio of the largest to the smallest (first) cell
	 * @return the width of the first cell
	 */
	static double firstCell(double length, int cells, double grading) {
		if (cells == 1 || grading == 1) {
			return length / cells;
		}
		double q = Math.pow(grading, 1.0 / (cells - 1));
		return length * (q - 1) / (Math.pow(q, cells) - 1);
	}
}
