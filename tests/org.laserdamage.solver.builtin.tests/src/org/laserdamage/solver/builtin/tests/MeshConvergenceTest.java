package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Spatial order of accuracy. In one dimension (validation case 1): the
 * front-face temperature at 1 s on geometrically graded meshes of 10, 20, 40
 * and 80 axial cells, all with the same fixed time step; the observed order
 * comes from the differences between successive meshes, in which the
 * (mesh-independent) time error cancels, and from the error against the exact
 * series. In r–z (validation case 3): the centre temperature of the Gaussian
 * beam at 10 ms on graded meshes of 10² to 80² cells, refined in r and z
 * together.
 */
class MeshConvergenceTest {

	@Test
	void frontTemperatureConvergesAtSecondOrderInSpace() throws CoreException {
		double time = 1;
		double dt = 1e-4;
		int[] cells = { 10, 20, 40, 80 };
		double[] rise = new double[cells.length];
		for (int m = 0; m < cells.length; m++) {
			ThermalProblem problem = Problems.named("convergence " + cells[m])
					.layer(FiniteSlabTest.steel(), FiniteSlabTest.L, cells[m], 3).uniformFlux(FiniteSlabTest.Q)
					.time(time, dt, dt, 1e9, time).probe("front", 0, 0).build();
			Recorder recorder = new Recorder();
			new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
			rise[m] = recorder.probesAt(time)[0] - Problems.T0;
		}
		double exact = SlabSolution.rise(FiniteSlabTest.Q, FiniteSlabTest.K, FiniteSlabTest.RHO * FiniteSlabTest.C,
				FiniteSlabTest.L, 0, time);
		for (int m = 0; m < cells.length; m++) {
			System.out.printf("convergence: %d cells: %.6f K, error %.3e K%n", cells[m], rise[m], rise[m] - exact);
		}
		for (int m = 2; m < cells.length; m++) {
			double order = log2((rise[m - 2] - rise[m - 1]) / (rise[m - 1] - rise[m]));
			System.out.printf("convergence: order from %d/%d/%d cells: %.3f%n", cells[m - 2], cells[m - 1], cells[m], order);
			assertTrue(order >= 1.8, "observed order " + order);
		}
		double order = log2((rise[0] - exact) / (rise[2] - exact)) / 2;
		System.out.printf("convergence: order against the exact solution, %d to %d cells: %.3f%n", cells[0], cells[2], order);
		assertTrue(order >= 1.8, "observed order against the exact solution " + order);
	}

	@Test
	void gaussianBeamCentreConvergesAtSecondOrderInRAndZ() throws CoreException {
		double time = 0.01;
		double dt = 1e-5;
		double size = 0.01;
		int[] cells = { 10, 20, 40, 80 };
		double[] rise = new double[cells.length];
		Material aluminium = TestMaterials.solid("al6061", "Validation case 3, PHYSICS.md", GaussianBeamTest.K,
				GaussianBeamTest.RHO, GaussianBeamTest.K / (GaussianBeamTest.ALPHA * GaussianBeamTest.RHO));
		for (int m = 0; m < cells.length; m++) {
			ThermalProblem problem = Problems.named("r-z convergence " + cells[m]).layer(aluminium, size, cells[m], 30)
					.radial(size, cells[m], 30)
					.beam(BeamProfile.GAUSSIAN, Math.sqrt(2) * GaussianBeamTest.W,
							new ContinuousWave(GaussianBeamTest.POWER, Double.POSITIVE_INFINITY), OptionalDouble.of(1))
					.time(time, dt, dt, 1e9, time).probe("centre", 0, 0).build();
			Recorder recorder = new Recorder(false);
			new BuiltInSolver().solve(problem, recorder, null);
			rise[m] = recorder.probesAt(time)[0] - Problems.T0;
			System.out.printf("r-z convergence: %d x %d cells: %.6f K (Lax %.4f K)%n", cells[m], cells[m], rise[m],
					GaussianBeamTest.lax(time));
		}
		for (int m = 2; m < cells.length; m++) {
			double order = log2((rise[m - 2] - rise[m - 1]) / (rise[m - 1] - rise[m]));
			System.out.printf("r-z convergence: order from %d/%d/%d cells: %.3f%n", cells[m - 2], cells[m - 1], cells[m],
					order);
			assertTrue(order >= 1.8, "observed order " + order);
		}
	}

	private static double log2(double x) {
		return Math.log(Math.abs(x)) / Math.log(2);
	}
}
