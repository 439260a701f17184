package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * Boundary conditions of the faces on the real ccx. The back face's own ambient temperature: a 1 mm slab between
 * a front ambient of 300 K and a back ambient of 500 K (h = 5000 W/(m² K) on
 * both) carries, after 30 time constants, the series-resistance flux
 * q = (T_b − T_f) / (1/h_f + L/k + 1/h_b), its faces at T_f + q/h_f and
 * T_b − q/h_b (the built-in solver's FaceAmbientTest states the same case).
 */
class FaceAmbientTest {

	@Test
	void theBackFaceExchangesWithItsOwnAmbient(@TempDir Path run) throws CoreException {
		double thickness = 1e-3;
		double h = 5000;
		double back = 500;
		double end = 12;
		ThermalProblem problem = Problems.named("two ambients").radial(1e-3, 2, 1)
				.layer(Problems.solid("steel", 50, 7800, 500), thickness, 10, 1).uniformFlux(0)
				.environment(new Environment(Problems.T0, h, h, 0, 0, 0, back, Double.NaN)).time(end, 1e-3, 0.25, 5, end)
				.probe("front", 0, 0).probe("back", 0, thickness).build();
		Recorder recorder = new Recorder(run);
		new CalculixSolver().solve(problem, recorder, new NullProgressMonitor());
		double q = (back - Problems.T0) / (2 / h + thickness / 50);
		double[] faces = recorder.probesAt(end);
		System.out.printf("ccx two ambients: front face %.4f K (exact %.4f), back face %.4f K (exact %.4f)%n", faces[0],
				Problems.T0 + q / h, faces[1], back - q / h);
		assertEquals(Problems.T0 + q / h, faces[0], 0.01, "front face");
		assertEquals(back - q / h, faces[1], 0.01, "back face");
	}

	/** A prescribed back-face flux on ccx: validation case 1 mirrored (PHYSICS.md table), within 1 %. */
	@Test
	void aPrescribedBackFaceFluxIsCaseOneMirrored(@TempDir Path run) throws CoreException {
		ThermalProblem problem = Problems.named("case 1 mirrored").layer(Problems.solid("slab", 50, 7800, 500), //$NON-NLS-1$ //$NON-NLS-2$
				FiniteSlabTest.L, 100, 1).uniformFlux(0)
				.environment(new Environment(Problems.T0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
						FiniteSlabTest.Q))
				.time(1, 1e-5, 5e-4, 0.5, 0.1).probe("back", 0, FiniteSlabTest.L).build(); //$NON-NLS-1$
		Recorder recorder = new Recorder(run);
		new CalculixSolver().solve(problem, recorder, new NullProgressMonitor());
		for (double[] row : FiniteSlabTest.TABLE) {
			double rise = recorder.probesAt(row[0])[0] - Problems.T0;
			System.out.printf("ccx case 1 mirrored: t = %.1f s: back face %.4f K (table %.3f)%n", row[0], rise, row[1]);
			assertEquals(row[1], rise, 0.01 * row[1], "back face at t = " + row[0] + " s");
		}
	}
}
