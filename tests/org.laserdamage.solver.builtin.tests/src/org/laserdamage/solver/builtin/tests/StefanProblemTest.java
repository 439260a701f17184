package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Validation case 4 of PHYSICS.md: one-phase Stefan (Neumann) melting. The
 * solid starts at the melting temperature T_m (the melting interval is the
 * narrowest the solver takes, 1 K from T_m) and the front face is held at
 * T_m + ΔT. The front, where the liquid fraction crosses 0.5 along the axis,
 * must follow s = 2 λ √(α t).
 */
class StefanProblemTest {

	static final double K = 50;
	static final double RHO = 7800;
	static final double C = 500;
	static final double MELT = 1000;
	static final double DELTA = 100;
	static final double THICKNESS = 10e-3;

	@ParameterizedTest(name = "St = {0}")
	@CsvSource({ "0.1, 0.220016", "0.5, 0.464786", "1, 0.620063", "2, 0.800601" })
	void meltFrontFollowsNeumann(double stefan, double lambda) throws CoreException {
		double alpha = K / (RHO * C);
		double latent = C * DELTA / stefan;
		Material material = TestMaterials.builder("pcm", "Validation case 4, PHYSICS.md", K, RHO, C, MELT, MELT + 1, latent)
				.build();
		// run until the exact front is 8 mm deep, 2 mm short of the back face
		double end = Math.pow(8e-3 / (2 * lambda), 2) / alpha;
		ThermalProblem problem = Problems.named("case 4").layer(material, THICKNESS, 200, 1).initial(MELT)
				.heldFront(MELT + DELTA).time(end, 1e-5, end / 200, 1, end / 8).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		System.out.printf("case 4, St = %g: %d steps, %.2f s%n", stefan, result.steps(), result.wallSeconds());
		int checked = 0;
		for (FieldSnapshot snapshot : recorder.snapshots) {
			double exact = 2 * lambda * Math.sqrt(alpha * snapshot.time());
			if (exact < 1e-3) {
				continue; // fewer than 20 cells melted: the front is not yet resolved
			}
			double front = meltFront(recorder.mesh, snapshot);
			System.out.printf("case 4, St = %g: t = %.3f s, front %.4f mm, exact %.4f mm (%+.2f %%)%n", stefan,
					snapshot.time(), front * 1e3, exact * 1e3, 100 * (front - exact) / exact);
			assertEquals(exact, front, 0.02 * exact, "melt front at t = " + snapshot.time() + " s");
			checked++;
		}
		assertTrue(checked >= 6, "front compared at " + checked + " times");
	}

	/** @return the depth at which the liquid fraction on the axis crosses 0.5, interpolated between cell centres */
	static double meltFront(MeshDescription mesh, FieldSnapshot snapshot) {
		double[] f = snapshot.liquidFraction();
		int nr = mesh.radialCells();
		for (int j = 0; j + 1 < mesh.axialCells(); j++) {
			double here = f[j * nr];
			double next = f[(j + 1) * nr];
			if (here >= 0.5 && next < 0.5) {
				return mesh.zCentre(j) + (here - 0.5) / (here - next) * (mesh.zCentre(j + 1) - mesh.zCentre(j));
			}
		}
		return f[0] < 0.5 ? 0 : mesh.zFaces()[mesh.axialCells()];
	}
}
