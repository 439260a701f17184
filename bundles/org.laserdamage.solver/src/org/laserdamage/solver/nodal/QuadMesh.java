package org.laserdamage.solver.nodal;

import org.laserdamage.solver.MeshDescription;

/**
 * The common r–z mesh as four-node axisymmetric quadrilaterals (CalculiX CAX4,
 * ANSYS PLANE55): a node at every cell corner, node (i, j) at r = r_i,
 * y = −z_j (both codes take y as the axis of symmetry and x as the radius;
 * the front face is y = 0 and the target lies below it).
 * Element (i, j) is cell j * nr + i, numbered from 1, with its corners counter-
 * clockwise in (x, y): back-inner, back-outer, front-outer, front-inner. Its
 * faces 1..4 (ccx S1..S4, F/R1..4 for film and radiation; PLANE55 faces 1..4
 * likewise, J–I, K–J, L–K, I–L) are therefore the back (1–2),
 * the outer radius (2–3), the front (3–4) and the inner radius (4–1).
 * <p>
 * Cell, face and probe values come from the nodes: a cell is the mean of its
 * four corners, a front, back or rim face the mean of its two nodes (the
 * temperature at the face centre of a bilinear element), a probe the bilinear
 * interpolation in the element that holds it.
 */
public final class QuadMesh {

	public static final int FRONT_FACE = 3;
	public static final int BACK_FACE = 1;
	public static final int RIM_FACE = 2;

	private final MeshDescription mesh;
	private final int nr;
	private final int nz;

	public QuadMesh(MeshDescription mesh) {
		this.mesh = mesh;
		nr = mesh.radialCells();
		nz = mesh.axialCells();
	}

	public MeshDescription description() {
		return mesh;
	}

	public int radialCells() {
		return nr;
	}

	public int axialCells() {
		return nz;
	}

	public int nodes() {
		return (nr + 1) * (nz + 1);
	}

	/** @return the number of the node at r_i, z_j (i = 0 … nr, j = 0 … nz) */
	public int node(int i, int j) {
		return j * (nr + 1) + i + 1;
	}

	/** @return the number of the element of cell (i, j) */
	public int element(int i, int j) {
		return j * nr + i + 1;
	}

	/** @return the corner nodes of cell (i, j) in CAX4 (= PLANE55 I, J, K, L) order */
	public int[] corners(int i, int j) {
		return new int[] { node(i, j + 1), node(i + 1, j + 1), node(i + 1, j), node(i, j) };
	}

	/** @param nodal temperatures indexed by node number − 1 */
	public double[] cells(double[] nodal) {
		double[] cells = new double[nr * nz];
		for (int j = 0; j < nz; j++) {
			for (int i = 0; i < nr; i++) {
				cells[j * nr + i] = 0.25 * (at(nodal, i, j) + at(nodal, i + 1, j) + at(nodal, i, j + 1)
						+ at(nodal, i + 1, j + 1));
			}
		}
		return cells;
	}

	/** @return front faces per column, back faces per column, rim faces per row, in that order */
	public double[] faces(double[] nodal) {
		double[] faces = new double[2 * nr + nz];
		for (int i = 0; i < nr; i++) {
			faces[i] = 0.5 * (at(nodal, i, 0) + at(nodal, i + 1, 0));
			faces[nr + i] = 0.5 * (at(nodal, i, nz) + at(nodal, i + 1, nz));
		}
		for (int j = 0; j < nz; j++) {
			faces[2 * nr + j] = 0.5 * (at(nodal, nr, j) + at(nodal, nr, j + 1));
		}
		return faces;
	}

	/** @return the bilinear interpolation of the nodal field at (r, z) */
	public double interpolate(double[] nodal, double r, double z) {
		int i = interval(mesh.rFaces(), r);
		int j = interval(mesh.zFaces(), z);
		double[] rf = mesh.rFaces();
		double[] zf = mesh.zFaces();
		double wr = Math.max(0, Math.min(1, (r - rf[i]) / (rf[i + 1] - rf[i])));
		double wz = Math.max(0, Math.min(1, (z - zf[j]) / (zf[j + 1] - zf[j])));
		double near = (1 - wr) * at(nodal, i, j) + wr * at(nodal, i + 1, j);
		double far = (1 - wr) * at(nodal, i, j + 1) + wr * at(nodal, i + 1, j + 1);
		return (1 - wz) * near + wz * far;
	}

	private double at(double[] nodal, int i, int j) {
		return nodal[node(i, j) - 1];
	}

	private static int interval(double[] faces, double x) {
		int k = 0;
		while (k < faces.length - 2 && faces[k + 1] < x) {
			k++;
		}
		return k;
	}
}
