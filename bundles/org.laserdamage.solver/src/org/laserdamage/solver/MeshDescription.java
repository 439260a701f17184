package org.laserdamage.solver;

/**
 * The structured r–z mesh a solver used. Cell (i, j) spans
 * [rFaces[i], rFaces[i+1]] × [zFaces[j], zFaces[j+1]]; j = 0 is the front row.
 *
 * @param rFaces     radial face positions, m, from 0 to R (length nr + 1)
 * @param zFaces     axial face positions, m, from 0 to the thickness (length nz + 1)
 * @param layerOfRow index of the layer each axial row belongs to (length nz)
 */
public record MeshDescription(double[] rFaces, double[] zFaces, int[] layerOfRow) {

	public int radialCells() {
		return rFaces.length - 1;
	}

	public int axialCells() {
		return zFaces.length - 1;
	}

	public double rCentre(int i) {
		return 0.5 * (rFaces[i] + rFaces[i + 1]);
	}

	public double zCentre(int j) {
		return 0.5 * (zFaces[j] + zFaces[j + 1]);
	}
}
