package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Two layers in perfect contact between a held front face and a convective
 * back face reach the steady series-resistance profile, piecewise linear,
 * which the harmonic-mean face conductances reproduce exactly at the cell
 * centres.
 */
class MultiLayerTest {

	@Test
	void steadyProfileFollowsTheSeriesResistances() throws CoreException {
		double k1 = 10;
		double k2 = 200;
		double l1 = 2e-3;
		double l2 = 3e-3;
		double h = 1000;
		double held = 400;
		Material first = TestMaterials.solid("first", "Series resistance test", k1, 1000, 1000);
		Material second = TestMaterials.solid("second", "Series resistance test", k2, 1000, 1000);
		ThermalProblem problem = Problems.named("layers").layer(first, l1, 10, 3).layer(second, l2, 7, 2)
				.environment(new Environment(Problems.T0, 0, h, 0, 0, 0)).heldFront(held)
				.time(300, 1e-3, 20, 20, 300).probe("back", 0, l1 + l2).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, null);
		double flux = (held - Problems.T0) / (l1 / k1 + l2 / k2 + 1 / h);
		MeshDescription mesh = recorder.mesh;
		FieldSnapshot last = recorder.last();
		for (int j = 0; j < mesh.axialCells(); j++) {
			double z = mesh.zCentre(j);
			double exact = z < l1 ? held - flux * z / k1 : held - flux * (l1 / k1 + (z - l1) / k2);
			assertEquals(exact, last.temperature()[j], 1e-6, "cell centre at z = " + z);
		}
		assertEquals(Problems.T0 + flux / h, recorder.probesAt(300)[0], 1e-6, "back face temperature");
	}
}
