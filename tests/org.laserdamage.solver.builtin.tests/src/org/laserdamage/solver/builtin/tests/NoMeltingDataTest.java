package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * A material without melting data never melts: no latent heat, a liquid
 * fraction of zero however hot, and melt criteria that do not apply (never
 * reached, NaN margin) rather than a margin to an invented solidus.
 */
class NoMeltingDataTest {

	@Test
	void followsValidationCaseTwoAndReportsMeltCriteriaAsNotApplicable() throws CoreException {
		double k = 16.2;
		double rho = 8000;
		double c = 500;
		double alpha = k / (rho * c);
		double q = 1e6;
		double time = 0.5;
		double[] depths = { 0, 0.5e-3, 1e-3, 2e-3 };
		Material constant = TestMaterials.neverMelts("constant", "Validation case 2, PHYSICS.md", k, rho, c);
		Problems builder = Problems.named("case 2, no melting data").layer(constant, 15e-3, 120, 30).uniformFlux(q)
				.time(time, 1e-6, 2e-3, 0.05, time).criteria(new DamageCriteria(true, true, Double.NaN, true));
		for (double z : depths) {
			builder.probe("z=" + z, 0, z);
		}
		ThermalProblem problem = builder.build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());

		double surface = SlabSolution.semiInfinite(q, k, alpha, 0, time);
		double[] measured = recorder.probesAt(time);
		for (int p = 0; p < depths.length; p++) {
			double exact = SlabSolution.semiInfinite(q, k, alpha, depths[p], time);
			assertEquals(exact, measured[p] - Problems.T0, 0.01 * surface, "rise at z = " + depths[p] + " m");
		}
		for (CriterionKind kind : new CriterionKind[] { CriterionKind.MELT_ONSET, CriterionKind.MELT_THROUGH }) {
			CriterionResult r = result.criterion(kind);
			assertFalse(r.reached(), kind.name());
			assertFalse(r.applicable(), kind.name());
			assertTrue(Double.isNaN(r.margin()) && Double.isNaN(r.time()), kind.name());
		}
		assertTrue(recorder.criteria.isEmpty(), "no criterion event: " + recorder.criteria);
		assertEquals(time, result.finalTime(), 1e-12);
	}

	@Test
	void aMeltingCoatingOnASubstrateThatNeverMeltsMeltsButNeverMeltsThrough() throws CoreException {
		double solidus = Problems.T0 + 20;
		Material coating = TestMaterials.builder("coating", "Coating test", 1, 1500, 1000, solidus, solidus + 5, 1e4).build();
		Material substrate = TestMaterials.neverMelts("substrate", "Substrate test", 1, 1500, 1000);
		ThermalProblem problem = Problems.named("coated").layer(coating, 0.2e-3, 20, 1).layer(substrate, 0.2e-3, 20, 1)
				.uniformFlux(2e6).time(0.2, 1e-6, 2e-3, 1, 0.1).criteria(new DamageCriteria(true, true, Double.NaN, true))
				.build();
		SolverResult result = new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor());

		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		assertTrue(onset.reached() && onset.applicable(), onset.toString());
		assertEquals(solidus - result.peakTemperature(), onset.margin(), 1e-9, "the margin counts the coating only");
		CriterionResult through = result.criterion(CriterionKind.MELT_THROUGH);
		assertFalse(through.reached());
		assertFalse(through.applicable(), through.toString());
		assertTrue(result.peakTemperature() > solidus + 500, "far above the coating's solidus: " + result.peakTemperature());
		assertEquals(0.2, result.finalTime(), 1e-12, "no melt-through stops the run");
	}
}
