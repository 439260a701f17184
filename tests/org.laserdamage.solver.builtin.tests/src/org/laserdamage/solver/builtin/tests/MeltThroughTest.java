package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Validation case 5 of PHYSICS.md: 2 mm of aluminium under 1e7 W/m² absorbed
 * melts through in about half a second by the lumped estimate
 * t ≈ ρ d [c (T_m − T0) + L_f] / (A I); the solver must agree within a factor of
 * two and stop there when asked.
 */
class MeltThroughTest {

	static final double RHO = 2700;
	static final double C = 896;
	static final double SOLIDUS = 855;
	static final double LIQUIDUS = 925;
	static final double LATENT = 390e3;
	static final double D = 2e-3;
	static final double FLUX = 1e7;

	@Test
	void meltsThroughNearTheLumpedEstimateAndStops() throws CoreException {
		Material aluminium = TestMaterials.builder("al6061", "Validation case 5, PHYSICS.md Al 6061-T6 row", 167, RHO,
				C, SOLIDUS, LIQUIDUS, LATENT).build();
		ThermalProblem problem = Problems.named("case 5").layer(aluminium, D, 40, 1).uniformFlux(FLUX)
				.time(2, 1e-4, 0.01, 5, 0.1).criteria(new DamageCriteria(true, true, Double.NaN, true)).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double lumped = RHO * D * (C * (0.5 * (SOLIDUS + LIQUIDUS) - Problems.T0) + LATENT) / FLUX;
		CriterionResult through = result.criterion(CriterionKind.MELT_THROUGH);
		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		System.out.printf("case 5: melt onset %.4f s, melt-through %.4f s, lumped estimate %.4f s, stopped at %.4f s%n",
				onset.time(), through.time(), lumped, result.finalTime());
		assertTrue(through.reached());
		assertTrue(through.time() > lumped / 2 && through.time() < 2 * lumped,
				"melt-through at " + through.time() + " s, lumped " + lumped + " s");
		assertEquals(0, through.margin(), "no solid left on the axis");
		assertTrue(onset.reached() && onset.time() < through.time());
		assertTrue(onset.margin() < 0, "the solidus was exceeded: margin " + onset.margin());
		assertTrue(result.finalTime() >= through.time() && result.finalTime() < through.time() + 0.01,
				"the run stops in the step that melted through");
		Double reported = recorder.criteria.get(CriterionKind.MELT_THROUGH);
		assertNotNull(reported);
		assertEquals(through.time(), reported, 1e-12);
		FieldSnapshot atMeltThrough = recorder.snapshotAt(through.time());
		double backAxis = atMeltThrough.liquidFraction()[recorder.mesh.axialCells() - 1];
		assertEquals(0.5, backAxis, 1e-6, "the snapshot at melt-through shows the back cell half molten");
	}

	@Test
	void marginIsTheSolidThicknessLeftWhenNotMeltedThrough() throws CoreException {
		// a low-conductivity variant of the aluminium melts from the front long before the back
		Material slow = TestMaterials.builder("slow", "Melt depth test", 5, RHO, C, SOLIDUS, LIQUIDUS, LATENT).build();
		ThermalProblem problem = Problems.named("partial").layer(slow, D, 80, 1).uniformFlux(FLUX)
				.time(0.12, 1e-5, 2e-3, 5, 0.02).criteria(new DamageCriteria(false, true, Double.NaN, true)).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		CriterionResult through = result.criterion(CriterionKind.MELT_THROUGH);
		double depth = StefanProblemTest.meltFront(recorder.mesh, recorder.last());
		System.out.printf("partial melt: front %.4f mm, margin %.4f mm%n", depth * 1e3, through.margin() * 1e3);
		assertTrue(!through.reached() && Double.isNaN(through.time()));
		assertTrue(depth > 0.1e-3, "some melting: " + depth);
		assertEquals(D - depth, through.margin(), 1e-9, "margin = thickness - melt depth on the axis");
	}
}
