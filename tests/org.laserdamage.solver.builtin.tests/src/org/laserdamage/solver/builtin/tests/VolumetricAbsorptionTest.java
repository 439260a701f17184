package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Volumetric (Beer–Lambert) absorption in a semi-transparent layer: the beam
 * that enters is absorbed as q μ exp(−μ z) per unit volume.
 * <p>
 * Reference: a semi-infinite solid with an insulated face and the source
 * g(z) = q μ e^{−μ z} switched on at t = 0. With s = √(α t), x = μ s and
 * y = z / (2 s), the rise is
 *
 * <pre>
 * ΔT(z, t) = (2q/k) s ierfc(y) − (q/(k μ)) e^{−μ z}
 *            + (q/(2 k μ)) e^{x²} [e^{−μ z} erfc(x − y) + e^{μ z} erfc(x + y)]
 * </pre>
 *
 * (Laplace transform in t of ρ c ∂T/∂t = k ∂²T/∂z² + g(z) with ∂T/∂z = 0 at
 * z = 0; it solves the equation, has zero flux at the face and vanishes at
 * t = 0). At the face it is (2q/k) √(α t/π) − (q/(k μ)) [1 − e^{x²} erfc(x)]:
 * for μ → ∞ the surface flux solution of validation case 2, for small t
 * q μ t / (ρ c), the source heating the face alone. Checked before use
 * against an explicit finite-difference solution on 4,000 cells (0.5 µm): the
 * two agreed within 0.005 K of a 368.5 K surface rise.
 */
class VolumetricAbsorptionTest {

	/** Fused silica at room temperature, PHYSICS.md. */
	private static final double K = 1.38;
	private static final double RHO = 2203;
	private static final double C = 703;
	/** Absorption depth 100 µm. */
	private static final double MU = 1e4;
	private static final double FLUX = 1e7;

	static double rise(double q, double k, double alpha, double mu, double z, double t) {
		double s = Math.sqrt(alpha * t);
		double x = mu * s;
		double y = z / (2 * s);
		double ierfc = Math.exp(-y * y) / Math.sqrt(Math.PI) - y * Erfc.erfc(y);
		return 2 * q / k * s * ierfc - q / (k * mu) * Math.exp(-mu * z)
				+ q / (2 * k * mu) * Math.exp(x * x) * (Math.exp(-mu * z) * Erfc.erfc(x - y) + Math.exp(mu * z) * Erfc.erfc(x + y));
	}

	private static Material silica() {
		return TestMaterials.solid("silica", "Volumetric absorption test, PHYSICS.md fused-silica row", K, RHO, C);
	}

	@Test
	void temperaturesFollowTheExponentialSourceSolutionWithinAThirdOfAPercentOfTheSurfaceRise() throws CoreException {
		double alpha = K / (RHO * C);
		double time = 0.01;
		double[] depths = { 0, 25e-6, 50e-6, 100e-6, 200e-6, 400e-6 };
		Problems builder = Problems.named("Beer-Lambert").semiTransparentLayer(silica(), 2e-3, 120, 20, MU)
				.uniformFlux(FLUX).time(time, 1e-7, 1e-4, 2, time);
		for (double z : depths) {
			builder.probe("z=" + z, 0, z);
		}
		ThermalProblem problem = builder.build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double surface = rise(FLUX, K, alpha, MU, 0, time);
		double[] measured = recorder.probesAt(time);
		System.out.printf("Beer-Lambert: %d steps, %.2f s, energy balance %.1e%n", result.steps(), result.wallSeconds(),
				result.energyBalanceError());
		for (int p = 0; p < depths.length; p++) {
			double exact = rise(FLUX, K, alpha, MU, depths[p], time);
			double rise = measured[p] - Problems.T0;
			System.out.printf("Beer-Lambert: z = %.0f um: %.3f K, exact %.3f K (%+.3f %% of the surface rise)%n",
					depths[p] * 1e6, rise, exact, 100 * (rise - exact) / surface);
			assertEquals(exact, rise, 0.003 * surface, "rise at z = " + depths[p] + " m");
		}
		// the surface flux solution of case 2 would be 768 K: the source inside keeps the face much cooler
		assertTrue(surface < 0.5 * 2 * FLUX / K * Math.sqrt(alpha * time / Math.PI));
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
	}

	/**
	 * The face temperature on uniform meshes whose cells are 1/4, 1/2, 1 and 2 absorption depths: the validator
	 * warns above half a depth (StudyValidator, HeatPenetration.ABSORPTION_LIMIT), where this stays within 1 %.
	 */
	@Test
	void theFaceIsWithinOnePercentOnceACellIsAtMostHalfTheAbsorptionDepth() throws CoreException {
		double alpha = K / (RHO * C);
		double time = 0.01;
		double thickness = 2e-3;
		double exact = rise(FLUX, K, alpha, MU, 0, time);
		for (double cellsPerDepth : new double[] { 4, 2, 1, 0.5 }) {
			int cells = (int) Math.round(thickness * MU * cellsPerDepth);
			ThermalProblem problem = Problems.named("Beer-Lambert mesh").semiTransparentLayer(silica(), thickness, cells, 1, MU)
					.uniformFlux(FLUX).time(time, 1e-7, 1e-4, 2, time).probe("face", 0, 0).build();
			Recorder recorder = new Recorder();
			new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
			double rise = recorder.probesAt(time)[0] - Problems.T0;
			double error = (rise - exact) / exact;
			System.out.printf("Beer-Lambert mesh: cell %.2f absorption depths (%d cells): face %.3f K, exact %.3f K (%+.3f %%)%n",
					1 / cellsPerDepth, cells, rise, exact, 100 * error);
			if (cellsPerDepth >= 2) {
				assertEquals(0, error, 0.01, cells + " cells");
			}
		}
	}

	/**
	 * A layer of optical depth μ d = 1 alone keeps 1 − e^{−1} of the beam that enters and transmits the rest
	 * through its back face; on an opaque layer the rest is absorbed there. Nothing is lost otherwise, so
	 * the heat stored is that, to the accuracy of the time integration of the energy.
	 */
	@Test
	void whatALayerTransmitsLeavesOrHeatsTheOpaqueLayerBehind() throws CoreException {
		double thickness = 1e-3;
		double mu = 1 / thickness;
		double time = 0.05;
		double radius = 1e-3;
		double delivered = FLUX * Math.PI * radius * radius * time;
		Material substrate = TestMaterials.solid("substrate", "Volumetric absorption test, opaque substrate", 20, 8000,
				500);

		Recorder alone = new Recorder();
		SolverResult one = new BuiltInSolver().solve(Problems.named("alone").radial(radius, 4, 1)
				.semiTransparentLayer(silica(), thickness, 40, 1, mu).uniformFlux(FLUX).time(time, 1e-6, 1e-3, 5, time)
				.build(), alone, new NullProgressMonitor());
		double stored = alone.sensibleHeat(alone.last(), RHO * C, Problems.T0);
		double kept = delivered * (1 - Math.exp(-1));
		System.out.printf("Beer-Lambert alone: stored %.6f J, expected %.6f J (%+.2e), balance %.1e%n", stored, kept,
				(stored - kept) / kept, one.energyBalanceError());
		assertEquals(kept, stored, 1e-6 * kept);
		assertTrue(Math.abs(one.energyBalanceError()) < 1e-6);

		Recorder stacked = new Recorder();
		SolverResult two = new BuiltInSolver().solve(Problems.named("on a substrate").radial(radius, 4, 1)
				.semiTransparentLayer(silica(), thickness, 40, 1, mu).layer(substrate, thickness, 20, 1)
				.uniformFlux(FLUX).time(time, 1e-6, 1e-3, 5, time).build(), stacked, new NullProgressMonitor());
		double[] heat = stacked.sensibleHeatByRows(stacked.last(), new double[] { RHO * C, 8000 * 500.0 }, 40,
				Problems.T0);
		System.out.printf("Beer-Lambert on a substrate: stored %.6f J in the glass and %.6f J in the substrate, "
				+ "delivered %.6f J, balance %.1e%n", heat[0], heat[1], delivered, two.energyBalanceError());
		assertEquals(delivered, heat[0] + heat[1], 1e-6 * delivered);
		assertTrue(heat[1] > 0.5 * delivered * Math.exp(-1), "the substrate is heated by what the glass transmits");
		assertTrue(Math.abs(two.energyBalanceError()) < 1e-6);
	}
}
