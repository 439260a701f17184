package org.laserdamage.solver.builtin.internal;

/**
 * The finite-volume geometry of a {@link Mesh}, per cell: the volume
 * π(r₁² − r₀²)Δz and, for the faces to the next cell in r (east, area
 * 2π r_f Δz) and in z (north, area π(r₁² − r₀²)), the distances from each
 * cell centre to the face over the face area. A face conductance is then
 * G = 1 / (inner / k_c + outer / k_nb): the harmonic mean of the two half
 * cells. Where a cell has no such face both factors are 0.
 */
final class FvGeometry {

	final double[] volume;
	final double[] eastInner;
	final double[] eastOuter;
	final double[] northInner;
	final double[] northOuter;

	FvGeometry(Mesh mesh) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		int n = mesh.cells();
		volume = new double[n];
		eastInner = new double[n];
		eastOuter = new double[n];
		northInner = new double[n];
		northOuter = new double[n];
		for (int j = 0; j < nz; j++) {
			for (int i = 0; i < nr; i++) {
				int c = j * nr + i;
				volume[c] = mesh.volume(i, j);
				if (i + 1 < nr) {
					double rf = mesh.rFace(i + 1);
					double area = mesh.radialFaceArea(i + 1, j);
					eastInner[c] = (rf - mesh.rCentre(i)) / area;
					eastOuter[c] = (mesh.rCentre(i + 1) - rf) / area;
				}
				if (j + 1 < nz) {
					double zf = mesh.zFace(j + 1);
					double area = mesh.ringArea(i);
					northInner[c] = (zf - mesh.zCentre(j)) / area;
					northOuter[c] = (mesh.zCentre(j + 1) - zf) / area;
				}
			}
		}
	}
}
