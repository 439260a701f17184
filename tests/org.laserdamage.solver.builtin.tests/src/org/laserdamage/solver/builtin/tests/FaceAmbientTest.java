package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Faces with ambient temperatures of their own: run long enough (30 time
 * constants), a slab between a front ambient T_f and a back ambient T_b
 * carries the steady flux q = (T_b − T_f) / (1/h_f + L/k + 1/h_b) (resistances
 * in series), with the faces at T_f + q/h_f and T_b − q/h_b; a disc whose only
 * exchange is its rim ends at the rim's ambient temperature.
 */
class FaceAmbientTest {

	private static final double K = 50;
	private static final double RHO = 7800;
	private static final double C = 500;

	private static Material steel() {
		return TestMaterials.solid("steel", "Face ambient test, validation case 1 properties", K, RHO, C);
	}

	@Test
	void aSlabBetweenTwoAmbientsCarriesTheSeriesResistanceFlux() throws CoreException {
		double thickness = 1e-3;
		double hFront = 5000;
		double hBack = 5000;
		double front = Problems.T0;
		double back = 500;
		// lumped time constant ρ c L / (h_f + h_b) = 0.39 s; 12 s are 30 of them
		double end = 12;
		ThermalProblem problem = Problems.named("two ambients").radial(1e-3, 2, 1).layer(steel(), thickness, 10, 1)
				.uniformFlux(0).environment(new Environment(front, hFront, hBack, 0, 0, 0, back, Double.NaN))
				.time(end, 1e-3, 0.25, 5, end).probe("front", 0, 0).probe("back", 0, thickness).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double q = (back - front) / (1 / hFront + thickness / K + 1 / hBack);
		double[] faces = recorder.probesAt(end);
		System.out.printf("two ambients: flux %.1f W/m2; front face %.4f K (exact %.4f), back face %.4f K (exact %.4f), "
				+ "%d steps%n", q, faces[0], front + q / hFront, faces[1], back - q / hBack, result.steps());
		assertEquals(front + q / hFront, faces[0], 1e-3, "front face");
		assertEquals(back - q / hBack, faces[1], 1e-3, "back face");
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
	}

	@Test
	void aDiscCooledOnlyAtItsRimEndsAtTheRimAmbient() throws CoreException {
		double rim = 450;
		// ρ c R / (2 h) = 0.39 s for R = 1 mm, h = 5000; 12 s are 30 time constants
		double end = 12;
		ThermalProblem problem = Problems.named("rim ambient").radial(1e-3, 10, 1).layer(steel(), 1e-3, 4, 1)
				.uniformFlux(0).environment(new Environment(Problems.T0, 0, 0, 0, 0, 5000, Double.NaN, rim))
				.time(end, 1e-3, 0.25, 5, end).probe("centre", 0, 0.5e-3).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double centre = recorder.probesAt(end)[0];
		System.out.printf("rim ambient: centre %.5f K, rim ambient %.1f K%n", centre, rim);
		assertEquals(rim, centre, 1e-3);
	}

	/**
	 * A steady radiating slab: a thin plate (Biot number 1e-3) convecting to gas at 300 K and radiating to
	 * surroundings at 600 K on both faces settles where h (T − 300) + ε σ (T⁴ − 600⁴) = 0, found here by
	 * bisection (about 525 K), from either side: it starts at 800 K, above it.
	 */
	@Test
	void aPlateSettlesWhereConvectionToTheGasBalancesRadiationToTheSurroundings() throws CoreException {
		double h = 10;
		double emissivity = 0.8;
		double gas = Problems.T0;
		double surroundings = 600;
		double sigma = 5.670374419e-8;
		double low = gas;
		double high = surroundings;
		for (int k = 0; k < 200; k++) {
			double mid = 0.5 * (low + high);
			double net = h * (mid - gas) + emissivity * sigma * (Math.pow(mid, 4) - Math.pow(surroundings, 4));
			if (net > 0) {
				high = mid;
			} else {
				low = mid;
			}
		}
		double equilibrium = 0.5 * (low + high);
		// ρ c L / (2 (h + 4 ε σ T³)) = 54 s; 2000 s are 37 time constants
		double end = 2000;
		ThermalProblem problem = Problems.named("radiating slab").radial(1e-3, 2, 1).layer(steel(), 1e-3, 4, 1)
				.uniformFlux(0).initial(800)
				.environment(new Environment(gas, h, h, emissivity, emissivity, 0, Double.NaN, Double.NaN, surroundings))
				.time(end, 1e-2, 10, 5, end).probe("front", 0, 0).probe("back", 0, 1e-3).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double[] faces = recorder.probesAt(end);
		System.out.printf("radiating slab: front %.5f K, back %.5f K, equilibrium %.5f K%n", faces[0], faces[1],
				equilibrium);
		assertEquals(equilibrium, faces[0], 1e-3);
		assertEquals(equilibrium, faces[1], 1e-3);
	}
}
