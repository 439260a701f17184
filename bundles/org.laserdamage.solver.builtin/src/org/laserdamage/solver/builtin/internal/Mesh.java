package org.laserdamage.solver.builtin.internal;

import java.util.List;

import org.laserdamage.solver.Layer;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.ThermalProblem;

/**
 * The structured axisymmetric r–z mesh and its finite-volume geometry. Cell
 * {@code c = j * nr + i} spans [r_i, r_i+1] × [z_j, z_j+1]; row 0 is the
 * irradiated front.
 */
public final class Mesh {

	private final int nr;
	private final int nz;
	private final double[] rFaces;
	private final double[] zFaces;
	private final int[] layerOfRow;
	private final double[] rCentres;
	private final double[] zCentres;
	private final double[] ringAreas;
	private final double[] heights;

	Mesh(double[] rFaces, double[] zFaces, int[] layerOfRow) {
		this.rFaces = rFaces;
		this.zFaces = zFaces;
		this.layerOfRow = layerOfRow;
		nr = rFaces.length - 1;
		nz = zFaces.length - 1;
		rCentres = new double[nr];
		ringAreas = new double[nr];
		for (int i = 0; i < nr; i++) {
			rCentres[i] = 0.5 * (rFaces[i] + rFaces[i + 1]);
			ringAreas[i] = Math.PI * (rFaces[i + 1] * rFaces[i + 1] - rFaces[i] * rFaces[i]);
		}
		zCentres = new double[nz];
		heights = new double[nz];
		for (int j = 0; j < nz; j++) {
			zCentres[j] = 0.5 * (zFaces[j] + zFaces[j + 1]);
			heights[j] = zFaces[j + 1] - zFaces[j];
		}
	}

	/** Grades the radius towards the axis and every layer towards its front face. */
	public static Mesh of(ThermalProblem problem) {
		double[] r = GeometricGrading.faces(0, problem.radius(), problem.radialCells(), problem.radialGrading());
		List<Layer> layers = problem.layers();
		int nz = layers.stream().mapToInt(Layer::cells).sum();
		double[] z = new double[nz + 1];
		int[] layerOfRow = new int[nz];
		int row = 0;
		double top = 0;
		for (int l = 0; l < layers.size(); l++) {
			Layer layer = layers.get(l);
			double[] f = GeometricGrading.faces(top, layer.thickness(), layer.cells(), layer.grading());
			System.arraycopy(f, 0, z, row, f.length);
			for (int k = 0; k < layer.cells(); k++) {
				layerOfRow[row + k] = l;
			}
			row += layer.cells();
			top = f[f.length - 1];
		}
		return new Mesh(r, z, layerOfRow);
	}

	public int radialCells() {
		return nr;
	}

	public int axialCells() {
		return nz;
	}

	public int cells() {
		return nr * nz;
	}

	public double radius() {
		return rFaces[nr];
	}

	public double thickness() {
		return zFaces[nz];
	}

	public double rFace(int i) {
		return rFaces[i];
	}

	public double zFace(int j) {
		return zFaces[j];
	}

	public double rCentre(int i) {
		return rCentres[i];
	}

	public double zCentre(int j) {
		return zCentres[j];
	}

	/** @return π(r_i+1² − r_i²), the area of column i's front and back faces */
	public double ringArea(int i) {
		return ringAreas[i];
	}

	/** @return the axial size of row j */
	public double height(int j) {
		return heights[j];
	}

	public double volume(int i, int j) {
		return ringAreas[i] * heights[j];
	}

	/** @return the area 2π r_i Δz_j of the radial face at r_i in row j */
	public double radialFaceArea(int i, int j) {
		return 2 * Math.PI * rFaces[i] * heights[j];
	}

	public int layerOfRow(int j) {
		return layerOfRow[j];
	}

	public MeshDescription describe() {
		return new MeshDescription(rFaces.clone(), zFaces.clone(), layerOfRow.clone());
	}
}
