package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
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
 * Melt onset and peak-temperature criteria on validation case 1, timed
 * against the exact series at the front face (the criteria follow the cell
 * centres and the front, back and rim faces; the front face is the hottest).
 */
class CriteriaTest {

	static final double ONSET_TIME = 0.5;
	static final double THRESHOLD_TIME = 0.2;

	@Test
	void criteriaAreReachedWhenTheExactSolutionSaysSo() throws CoreException {
		double cell = FiniteSlabTest.L / 100; // the uniform mesh below
		double solidus = Problems.T0 + exactRise(0, ONSET_TIME);
		double threshold = Problems.T0 + exactRise(0, THRESHOLD_TIME);
		Material material = TestMaterials.builder("melting", "Criteria test", FiniteSlabTest.K, FiniteSlabTest.RHO,
				FiniteSlabTest.C, solidus, solidus + 50, 2e5).build();
		ThermalProblem problem = Problems.named("criteria").layer(material, FiniteSlabTest.L, 100, 1)
				.uniformFlux(FiniteSlabTest.Q).time(0.4 * ONSET_TIME + ONSET_TIME, 1e-5, 2e-3, 0.05, 0.1)
				.criteria(new DamageCriteria(true, true, threshold, false)).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, null);
		assertEquals(cell, recorder.mesh.zFaces()[1], 1e-12, "the test assumes this front cell");
		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		CriterionResult peak = result.criterion(CriterionKind.PEAK_TEMPERATURE);
		CriterionResult through = result.criterion(CriterionKind.MELT_THROUGH);
		System.out.printf("criteria: melt onset %.5f s (exact %.3f s), threshold %.5f s (exact %.3f s)%n", onset.time(),
				ONSET_TIME, peak.time(), THRESHOLD_TIME);
		assertTrue(onset.reached());
		assertEquals(ONSET_TIME, onset.time(), 0.005 * ONSET_TIME);
		assertEquals(solidus - result.peakTemperature(), onset.margin(), 1e-9);
		assertTrue(onset.margin() < 0);
		assertTrue(peak.reached());
		assertEquals(THRESHOLD_TIME, peak.time(), 0.005 * THRESHOLD_TIME);
		assertEquals(threshold - result.peakTemperature(), peak.margin(), 1e-9);
		assertFalse(through.reached());
		assertEquals(FiniteSlabTest.L, through.margin(), 0, "no cell on the axis is half molten yet");
		assertEquals(onset.time(), recorder.criteria.get(CriterionKind.MELT_ONSET), 0);
		// constant k and flux, no losses: the front face is the quadratic through the first two cell centres
		// with the face's gradient q / k
		FieldSnapshot atOnset = recorder.snapshotAt(onset.time());
		assertEquals(solidus, Problems.frontFace(atOnset.temperature()[0], atOnset.temperature()[1], cell,
				FiniteSlabTest.Q / FiniteSlabTest.K), 1e-6, "the snapshot at onset shows the front face at the solidus");
	}

	private static double exactRise(double depth, double time) {
		return SlabSolution.rise(FiniteSlabTest.Q, FiniteSlabTest.K, FiniteSlabTest.RHO * FiniteSlabTest.C,
				FiniteSlabTest.L, depth, time);
	}

	@Test
	void criteriaNotReachedReportTheirMargins() throws CoreException {
		ThermalProblem problem = Problems.named("cool").layer(FiniteSlabTest.steel(), FiniteSlabTest.L, 20, 1)
				.uniformFlux(FiniteSlabTest.Q).time(0.1, 1e-4, 0.01, 1, 0.1)
				.criteria(new DamageCriteria(true, false, 1000, false)).build();
		SolverResult result = new BuiltInSolver().solve(problem, new Recorder(), null);
		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		CriterionResult peak = result.criterion(CriterionKind.PEAK_TEMPERATURE);
		assertFalse(onset.reached());
		assertTrue(Double.isNaN(onset.time()));
		assertEquals(5000 - result.peakTemperature(), onset.margin(), 1e-9);
		assertFalse(peak.reached());
		assertEquals(1000 - result.peakTemperature(), peak.margin(), 1e-9);
		assertEquals(null, result.criterion(CriterionKind.MELT_THROUGH), "not evaluated, not reported");
	}
}
