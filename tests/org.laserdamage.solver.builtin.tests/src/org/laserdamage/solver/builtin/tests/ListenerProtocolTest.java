package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/** What a listener receives, and when; the mesh and the result fields. */
class ListenerProtocolTest {

	@Test
	void reportsAtZeroAtEveryOutputIntervalAndAtTheEnd() throws CoreException {
		ThermalProblem problem = Problems.named("protocol").layer(FiniteSlabTest.steel(), 2e-3, 12, 3)
				.radial(2e-3, 8, 2).uniformFlux(1e6).time(0.25, 1e-3, 0.02, 5, 0.1).probe("front", 0, 0)
				.probe("inside", 1e-3, 1e-3).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, null);
		assertEquals(1, recorder.meshCalls);
		assertEquals(List.of(0.0, 0.1, 0.2, 0.25), recorder.snapshots.stream().map(FieldSnapshot::time).toList());
		assertTrue(recorder.probeTimes.containsAll(List.of(0.0, 0.1, 0.2, 0.25)), recorder.probeTimes.toString());
		assertEquals(result.steps() + 1, recorder.probeTimes.size(), "a probe sample at t = 0 and after every step");
		for (int k = 1; k < recorder.probeTimes.size(); k++) {
			assertTrue(recorder.probeTimes.get(k) > recorder.probeTimes.get(k - 1), "sample times increase");
		}
		for (double[] sample : recorder.probeValues) {
			assertEquals(2, sample.length);
		}
		for (FieldSnapshot s : recorder.snapshots) {
			assertEquals(8 * 12, s.temperature().length);
			assertEquals(8 * 12, s.liquidFraction().length);
		}
		assertArrayEquals(new double[] { Problems.T0, Problems.T0 }, recorder.probeValues.get(0), 0);
		assertEquals(0.25, result.finalTime(), 0);
		assertEquals(BuiltInSolver.ID, result.solverId());
		assertEquals(BuiltInSolver.VERSION, result.solverVersion());
		assertEquals(96, result.cells());
		assertTrue(result.steps() >= 13 && result.iterations() >= result.steps(), result.steps() + " steps");
		assertTrue(result.wallSeconds() > 0);
		assertTrue(result.criteria().isEmpty());
		FieldSnapshot last = recorder.last();
		double max = java.util.Arrays.stream(last.temperature()).max().getAsDouble();
		assertTrue(result.peakTemperature() > max, "the front face is hotter than any cell centre");
		assertEquals(recorder.probesAt(0.25)[0], result.peakTemperature(), 1e-6,
				"the peak is the front face, at the end under constant flux");
		assertEquals(0.25, result.peakTime(), 0);
		assertEquals(0, result.peakZ(), 0);
	}

	@Test
	void meshIsGradedTowardsTheAxisAndEachLayersFront() throws CoreException {
		ThermalProblem problem = Problems.named("mesh").layer(FiniteSlabTest.steel(), 1e-3, 10, 5)
				.layer(EnergyConservationTest.titanium(), 2e-3, 5, 2).radial(5e-3, 20, 10).uniformFlux(1e6)
				.time(1e-3, 1e-3, 1e-3, 5, 1e-3).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, null);
		MeshDescription mesh = recorder.mesh;
		double[] r = mesh.rFaces();
		double[] z = mesh.zFaces();
		assertEquals(0, r[0], 0);
		assertEquals(5e-3, r[20], 1e-15);
		assertEquals(10, (r[20] - r[19]) / (r[1] - r[0]), 1e-9);
		assertEquals(3e-3, z[15], 1e-15);
		assertEquals(1e-3, z[10], 1e-15);
		assertEquals(5, (z[10] - z[9]) / (z[1] - z[0]), 1e-9);
		assertEquals(2, (z[15] - z[14]) / (z[11] - z[10]), 1e-9);
		assertArrayEquals(new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }, mesh.layerOfRow());
	}

	@Test
	void probeAtACellCentreReadsThatCell() throws CoreException {
		ThermalProblem template = Problems.named("probe").layer(FiniteSlabTest.steel(), 2e-3, 10, 1)
				.radial(2e-3, 10, 1).uniformFlux(1e6).time(0.1, 1e-3, 0.01, 5, 0.1).build();
		Recorder first = new Recorder();
		new BuiltInSolver().solve(template, first, null);
		double r = first.mesh.rCentre(3);
		double z = first.mesh.zCentre(4);
		ThermalProblem problem = Problems.named("probe").layer(FiniteSlabTest.steel(), 2e-3, 10, 1)
				.radial(2e-3, 10, 1).uniformFlux(1e6).time(0.1, 1e-3, 0.01, 5, 0.1).probe("cell", r, z).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, null);
		assertEquals(recorder.last().temperature()[4 * 10 + 3], recorder.probesAt(0.1)[0], 1e-9);
	}
}
