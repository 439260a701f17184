package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Output times and beam breakpoints that coincide up to rounding: a pulse of
 * a train starts at (2τ + k/f) − 2τ, which can differ from the output time
 * k·Δt = k/f in the last bits, before or after it. Such a pair must count as
 * one landing point, not two a few units in the last place apart (a sliver
 * step no time stepping resolves), and a short but real gap between them must
 * still be stepped through. Progress follows the simulated time throughout.
 */
class StepLandingTest {

	/** Records every increment of work, and cancels a run that stalls. */
	static final class Monitor extends NullProgressMonitor {
		/** Far beyond what the runs here take (about a second each). */
		static final long PATIENCE = 60_000_000_000L;
		private final long deadline = System.nanoTime() + PATIENCE;
		int total;
		int worked;
		final List<Integer> increments = new ArrayList<>();

		@Override
		public boolean isCanceled() {
			return super.isCanceled() || System.nanoTime() > deadline;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			increments.add(work);
			worked += work;
		}

		int largestIncrement() {
			return increments.stream().mapToInt(Integer::intValue).max().orElse(0);
		}
	}

	/** A 1 mm titanium plate under a 2 mm top-hat, with weak losses, on a small mesh. */
	static Problems plate(String name, TemporalProfile temporal, double end, double output) {
		return Problems.named(name).layer(EnergyConservationTest.titanium(), 1e-3, 10, 1).radial(4e-3, 6, 1)
				.beam(BeamProfile.TOP_HAT, 2e-3, temporal, OptionalDouble.of(1))
				.environment(new Environment(Problems.T0, 10, 10, Double.NaN, Double.NaN, 0))
				.time(end, 1e-6, 0.01, 20, output);
	}

	/**
	 * Pulse trains of period 1/f with output interval 1/f: 10 Hz is the example
	 * study (pulse starts 1 ulp before the output times 0.3, 0.6 …), 3 and 7 Hz
	 * have starts 1 ulp after some output times, 10/3 Hz coincides exactly.
	 */
	@ParameterizedTest(name = "{0} Hz, output every {1} s")
	@CsvSource({ "10, 0.1, 20, 1e-4", "20, 0.05, 40, 1e-4", "3, 0.3333333333333333, 6, 1e-4",
			"7, 0.14285714285714285, 14, 3e-5", "3.3333333333333335, 0.3, 7, 1e-4" })
	void pulseStartsOnOutputTimesDoNotStallTheRun(double rate, double output, int count, double fwhm)
			throws CoreException {
		GaussianPulseTrain pulses = new GaussianPulseTrain(0.05, fwhm, rate, count);
		double end = 2.2;
		Monitor monitor = new Monitor();
		List<String> lagging = new ArrayList<>();
		Recorder recorder = new Recorder(false) {
			@Override
			public void probeSample(double time, double[] temperatures) {
				super.probeSample(time, temperatures);
				double expected = time / end * monitor.total;
				if (Math.abs(monitor.worked - expected) > 0.02 * monitor.total) {
					lagging.add(String.format("t = %.4f s: %d of %d", time, monitor.worked, monitor.total));
				}
			}
		};
		ThermalProblem problem = plate("train " + rate + " Hz", pulses, end, output).probe("centre", 0, 0).build();
		SolverResult result;
		try {
			result = new BuiltInSolver().solve(problem, recorder, monitor);
		} catch (OperationCanceledException e) {
			throw new AssertionError("stalled: " + e.getMessage(), e);
		}

		System.out.printf("train %s Hz, output %s s: %d steps, peak %.1f K, balance %.1e, largest progress step %d of %d%n",
				rate, output, result.steps(), result.peakTemperature(), result.energyBalanceError(),
				monitor.largestIncrement(), monitor.total);
		assertEquals(end, result.finalTime(), "ran to the end");
		int outputs = (int) Math.round(end / output);
		for (int k = 0; k * output < end - 1e-9; k++) {
			recorder.probesAt(k * output);
		}
		recorder.probesAt(end);
		for (int k = 1; k < recorder.probeTimes.size(); k++) {
			assertTrue(recorder.probeTimes.get(k) > recorder.probeTimes.get(k - 1), "sample times increase");
		}
		assertEquals(count * 0.05, pulses.energy(end), 1e-6, "every pulse within the run");
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-6, "energy balance " + result.energyBalanceError());
		assertTrue(result.steps() >= count * 80, "pulses resolved: " + result.steps() + " steps");

		assertEquals(monitor.total, monitor.worked, "all work reported");
		assertTrue(monitor.increments.stream().allMatch(w -> w >= 0), "progress never goes back");
		assertTrue(monitor.largestIncrement() <= 0.15 * monitor.total,
				"no jump in progress: largest increment " + monitor.largestIncrement() + " of " + monitor.total);
		assertTrue(lagging.isEmpty(), "progress follows the simulated time: " + lagging);
	}

	/**
	 * A beam switched off a few units in the last place before or after the
	 * output time 0.3 s (3 × 0.1 = 0.30000000000000004), or a picosecond away:
	 * the run completes, and the plate stores exactly the energy delivered.
	 */
	@ParameterizedTest(name = "switch-off at 0.3 s {0}")
	@ValueSource(strings = { "exactly", "1 ulp before", "2 ulps after", "1 ps before", "1 ps after", "1 ns after" })
	void switchOffNextToAnOutputTime(String where) throws CoreException {
		double output = 3 * 0.1;
		double off = switch (where) {
		case "exactly" -> output;
		case "1 ulp before" -> Math.nextDown(output);
		case "2 ulps after" -> Math.nextUp(Math.nextUp(output));
		case "1 ps before" -> output - 1e-12;
		case "1 ps after" -> output + 1e-12;
		case "1 ns after" -> output + 1e-9;
		default -> throw new IllegalArgumentException(where);
		};
		double power = 50;
		ContinuousWave beam = new ContinuousWave(power, off);
		ThermalProblem problem = Problems.named("switch-off " + where).layer(EnergyConservationTest.titanium(), 1e-3, 10, 1)
				.radial(2e-3, 4, 1).beam(BeamProfile.TOP_HAT, 2e-3, beam, OptionalDouble.of(1))
				.time(0.5, 1e-6, 0.01, 20, 0.1).build();
		Recorder recorder = new Recorder();
		SolverResult result;
		try {
			result = new BuiltInSolver().solve(problem, recorder, new Monitor());
		} catch (OperationCanceledException e) {
			throw new AssertionError("stalled: " + e.getMessage(), e);
		}
		double stored = recorder.sensibleHeat(recorder.last(), EnergyConservationTest.RHO * EnergyConservationTest.C,
				Problems.T0);
		assertEquals(0.5, result.finalTime());
		recorder.snapshotAt(output);
		assertEquals(power * off, stored, 1e-9 * power * off, "stored heat equals the energy delivered");
		assertTrue(Math.abs(result.energyBalanceError()) < 1e-9, "energy balance " + result.energyBalanceError());
	}

	/** A run that fails reports the progress it made, not a finished run. */
	@Test
	void failedRunDoesNotReportItselfFinished() {
		ThermalProblem problem = Problems.named("runaway").layer(FiniteSlabTest.steel(), 1e-3, 10, 1)
				.beam(BeamProfile.TOP_HAT, 1e-3, new ContinuousWave(1e9, Double.POSITIVE_INFINITY), OptionalDouble.of(1))
				.time(1, 1e-9, 0.1, 2000, 0.5).build();
		Monitor monitor = new Monitor();
		assertThrows(CoreException.class, () -> new BuiltInSolver().solve(problem, new Recorder(), monitor));
		assertTrue(monitor.worked < 0.1 * monitor.total, "progress at failure: " + monitor.worked + " of " + monitor.total);
	}
}
