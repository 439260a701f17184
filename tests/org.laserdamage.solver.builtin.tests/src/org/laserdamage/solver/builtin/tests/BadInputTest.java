package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/** Problems the solver refuses or cannot finish fail with a message that says what to change. */
class BadInputTest {

	private static Problems slab() {
		return Problems.named("bad").layer(FiniteSlabTest.steel(), 1e-3, 10, 1).uniformFlux(1e6).time(1, 1e-3, 0.1, 5,
				0.5);
	}

	@Test
	void negativeHeldTemperatureIsRejected() {
		ThermalProblem problem = slab().heldFront(-5).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("held front temperature") && e.getMessage().contains("-5"), e.getMessage());
	}

	@Test
	void tooManyCellsAreRejectedBeforeAllocating() {
		ThermalProblem problem = Problems.named("huge").layer(FiniteSlabTest.steel(), 1e-3, 5000, 1)
				.radial(1e-3, 1000, 1).uniformFlux(1e6).time(1, 1e-3, 0.1, 5, 0.5).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("5000000 cells") && e.getMessage().contains("fewer"), e.getMessage());
	}

	@Test
	void tooManyOutputsAreRejected() {
		ThermalProblem problem = slab().time(1, 1e-3, 0.1, 5, 1e-7).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("output interval"), e.getMessage());
	}

	@Test
	void runawayTemperatureFailsWithAnActionableStatus() {
		ThermalProblem problem = Problems.named("runaway").layer(FiniteSlabTest.steel(), 1e-3, 10, 1)
				.beam(BeamProfile.TOP_HAT, 1e-3, new ContinuousWave(1e9, Double.POSITIVE_INFINITY), OptionalDouble.of(1))
				.time(1, 1e-9, 0.1, 2000, 0.5).build();
		Recorder recorder = new Recorder();
		CoreException e = assertThrows(CoreException.class,
				() -> new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor()));
		IStatus status = e.getStatus();
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals(BuiltInSolver.ID, status.getPlugin());
		assertTrue(status.getMessage().contains("runaway") && status.getMessage().contains("Reduce the beam power"),
				status.getMessage());
		assertEquals(1, recorder.meshCalls, "the listener got what was computed before the failure");
	}

	@Test
	void nullListenerIsRejected() {
		ThermalProblem problem = slab().build();
		assertThrows(NullPointerException.class, () -> new BuiltInSolver().solve(problem, null, null));
	}
}
