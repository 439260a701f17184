package org.laserdamage.solver.builtin.internal;

import java.util.List;

import org.laserdamage.solver.Probe;

/**
 * Probe temperatures by bilinear interpolation on the lattice of cell centres,
 * extended to the boundary: between the axis and the first cell centre the
 * temperature is taken constant in r (the axis is a symmetry line, so this is
 * second-order accurate); between the last centre and a front, back or rim face
 * the lattice continues to the face, whose temperature is reconstructed from
 * the flux through it ({@link HeatBalance#faceTemperatures}). A probe on the
 * front face at r = 0 therefore reads the surface temperature, not the
 * temperature half a cell deep. Corner values add the front (or back) and rim
 * corrections of the corner cell. Across a layer interface the interpolation
 * is linear between the two cell centres, which ignores the kink of the
 * profile there.
 */
public final class ProbeInterpolator {

	private final int nr;
	private final int nz;
	private final int[] lowR;
	private final int[] lowZ;
	private final double[] weightR;
	private final double[] weightZ;

	public ProbeInterpolator(Mesh mesh, List<Probe> probes) {
		nr = mesh.radialCells();
		nz = mesh.axialCells();
		double[] rNodes = new double[nr + 2];
		for (int i = 0; i < nr; i++) {
			rNodes[i + 1] = mesh.rCentre(i);
		}
		rNodes[nr + 1] = mesh.radius();
		double[] zNodes = new double[nz + 2];
		for (int j = 0; j < nz; j++) {
			zNodes[j + 1] = mesh.zCentre(j);
		}
		zNodes[nz + 1] = mesh.thickness();
		int m = probes.size();
		lowR = new int[m];
		lowZ = new int[m];
		weightR = new double[m];
		weightZ = new double[m];
		for (int p = 0; p < m; p++) {
			Probe probe = probes.get(p);
			lowR[p] = interval(rNodes, probe.r());
			weightR[p] = weight(rNodes, lowR[p], probe.r());
			lowZ[p] = interval(zNodes, probe.z());
			weightZ[p] = weight(zNodes, lowZ[p], probe.z());
		}
	}

	private static int interval(double[] nodes, double x) {
		int k = 0;
		while (k < nodes.length - 2 && nodes[k + 1] < x) {
			k++;
		}
		return k;
	}

	private static double weight(double[] nodes, int k, double x) {
		double w = (x - nodes[k]) / (nodes[k + 1] - nodes[k]);
		return Math.max(0, Math.min(1, w));
	}

	/**
	 * @param t     cell temperatures
	 * @param front front face temperatures per column
	 * @param back  back face temperatures per column
	 * @param rim   rim face temperatures per row
	 * @return one temperature per probe
	 */
	public double[] sample(double[] t, double[] front, double[] back, double[] rim) {
		double[] values = new double[lowR.length];
		for (int p = 0; p < values.length; p++) {
			int a = lowR[p];
			int b = lowZ[p];
			double wr = weightR[p];
			double wz = weightZ[p];
			double near = (1 - wr) * node(a, b, t, front, back, rim) + wr * node(a + 1, b, t, front, back, rim);
			double far = (1 - wr) * node(a, b + 1, t, front, back, rim) + wr * node(a + 1, b + 1, t, front, back, rim);
			values[p] = (1 - wz) * near + wz * far;
		}
		return values;
	}

	/** Value at lattice node (I, J): I = 0 the axis, nr + 1 the rim; J = 0 the front, nz + 1 the back. */
	private double node(int rNode, int zNode, double[] t, double[] front, double[] back, double[] rim) {
		boolean onRim = rNode == nr + 1;
		int i = onRim ? nr - 1 : Math.max(0, rNode - 1);
		if (zNode == 0 || zNode == nz + 1) {
			double[] face = zNode == 0 ? front : back;
			if (!onRim) {
				return face[i];
			}
			int row = zNode == 0 ? 0 : nz - 1;
			return face[i] + rim[row] - t[row * nr + i];
		}
		int row = zNode - 1;
		return onRim ? rim[row] : t[row * nr + i];
	}
}
