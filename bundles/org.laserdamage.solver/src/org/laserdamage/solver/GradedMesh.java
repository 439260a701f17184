package org.laserdamage.solver;

import java.util.List;

/**
 * The structured r–z mesh of a {@link ThermalProblem}, the same for every
 * solver so that their fields compare cell by cell: the radius graded
 * geometrically towards the axis, every layer graded towards its front face.
 */
public final class GradedMesh {

	private GradedMesh() {
	}

	/** @return the faces of the problem's mesh; row 0 is the irradiated front */
	public static MeshDescription of(ThermalProblem problem) {
		double[] r = faces(0, problem.radius(), problem.radialCells(), problem.radialGrading());
		List<Layer> layers = problem.layers();
		int nz = layers.stream().mapToInt(Layer::cells).sum();
		double[] z = new double[nz + 1];
		int[] layerOfRow = new int[nz];
		int row = 0;
		double top = 0;
		for (int l = 0; l < layers.size(); l++) {
			Layer layer = layers.get(l);
			double[] f = faces(top, layer.thickness(), layer.cells(), layer.grading());
			System.arraycopy(f, 0, z, row, f.length);
			for (int k = 0; k < layer.cells(); k++) {
				layerOfRow[row + k] = l;
			}
			row += layer.cells();
			top = f[f.length - 1];
		}
		return new MeshDescription(r, z, layerOfRow);
	}

	/**
	 * Face positions of a one-dimensional geometric grading: each cell is a
	 * fixed factor larger than the one before, so that the last cell is
	 * {@code ratio} times the first.
	 *
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
