package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/** Progress and cancellation through the monitor. */
class CancellationTest {

	/** Counts the work reported. */
	static class Monitor extends NullProgressMonitor {
		int total;
		int worked;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}

	@Test
	void cancellingEndsTheSolveAfterFlushingTheLastState() {
		ThermalProblem problem = Problems.named("cancelled").layer(FiniteSlabTest.steel(), FiniteSlabTest.L, 50, 1)
				.uniformFlux(FiniteSlabTest.Q).time(1, 1e-4, 1e-3, 0.5, 0.1).probe("front", 0, 0).build();
		Monitor monitor = new Monitor();
		int[] workedAtCancel = new int[1];
		Recorder recorder = new Recorder() {
			@Override
			public void probeSample(double time, double[] temperatures) {
				super.probeSample(time, temperatures);
				if (time >= 0.3 && !monitor.isCanceled()) {
					monitor.setCanceled(true);
					workedAtCancel[0] = monitor.worked;
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> new BuiltInSolver().solve(problem, recorder, monitor));
		double last = recorder.last().time();
		assertEquals(0.3, last, 1e-9, "the state at cancellation was flushed, and nothing after it");
		for (var snapshot : recorder.snapshots) {
			assertTrue(recorder.probeTimes.contains(snapshot.time()), "a probe sample at every snapshot time");
		}
		int expected = (int) (0.3 * monitor.total);
		assertTrue(Math.abs(workedAtCancel[0] - expected) <= 0.02 * monitor.total,
				"progress in simulated time: " + workedAtCancel[0] + " of " + monitor.total);
	}

	@Test
	void progressCoversTheWholeRun() throws Exception {
		ThermalProblem problem = Problems.named("progress").layer(FiniteSlabTest.steel(), FiniteSlabTest.L, 20, 1)
				.uniformFlux(FiniteSlabTest.Q).time(1, 1e-3, 0.05, 5, 0.5).build();
		Monitor monitor = new Monitor();
		new BuiltInSolver().solve(problem, new Recorder(), monitor);
		assertTrue(monitor.total > 0, "beginTask called");
		assertEquals(monitor.total, monitor.worked, "all work reported");
	}
}
