package org.laserdamage.solver.builtin.internal;

import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.TimeControl;

/**
 * Chooses the time steps. A step is judged by its change ratio: the larger of
 * the largest temperature change over {@link TimeControl#maxTemperatureChange()}
 * and the largest liquid-fraction change over {@link #MAX_LIQUID_FRACTION_CHANGE}
 * (which keeps a melt front from crossing many cells in one step while the
 * temperature hardly moves). Below 1 the next step grows, by at most
 * {@link #GROWTH_LIMIT}; above 1 it shrinks; above {@link #REJECT_RATIO} the step
 * is taken again, shorter. Steps never exceed the maximum step, stay within
 * {@link #PULSE_FRACTION} of the pulse time scale inside a pulse, and land
 * exactly on the beam's breakpoints and on the given targets (output times and
 * the end).
 * <p>
 * Two times closer than {@link #coincidence} count as one: a breakpoint that
 * differs from a target or from the current time only by rounding (a pulse
 * start 2τ + k/f − 2τ against an output time k Δt) is taken as reached, so no
 * step is ever a sliver of a few units in the last place, which no time
 * stepping can resolve.
 */
public final class StepController {

	static final double GROWTH_LIMIT = 1.5;
	static final double PULSE_FRACTION = 1.0 / 20;
	static final double MAX_LIQUID_FRACTION_CHANGE = 0.25;
	static final double REJECT_RATIO = 2;
	/** Steps shorter than this fraction of the initial (or pulse-limited) step count as a failure. */
	static final double MIN_STEP_FRACTION = 1e-6;
	private static final double SAFETY = 0.9;
	private static final double LARGEST_CUT = 0.2;
	private static final double SMALLEST_SHRINK = 0.5;
	/** Times closer than this many units in the last place of the later one count as equal. */
	static final double COINCIDENT_ULPS = 256;
	/** ... and so do times closer than this fraction of the step. */
	static final double COINCIDENT_FRACTION = 1e-9;

	private final TimeControl control;
	private final TemporalProfile temporal;
	private double minStep;
	private double natural;
	private boolean trimmed;

	public StepController(TimeControl control, TemporalProfile temporal) {
		this.control = control;
		this.temporal = temporal;
		natural = control.initialStep();
		minStep = MIN_STEP_FRACTION * control.initialStep();
	}

	/**
	 * @param t      current time
	 * @param target the next time to land on exactly, after {@code t} by more
	 *               than {@link #coincidence(double, double)}
	 * @return the end of the next step; equal to {@code target} or a beam
	 *         breakpoint when the step lands on it
	 */
	public double nextTime(double t, double target) {
		double dt = Math.min(natural, control.maxStep());
		double tolerance = coincidence(t + dt, dt);
		// just after a breakpoint reached up to rounding, the pulse that starts there sets the scale
		double pulse = Math.min(temporal.timeScale(t), temporal.timeScale(t + tolerance));
		if (pulse < Double.POSITIVE_INFINITY) {
			dt = Math.min(dt, PULSE_FRACTION * pulse);
			// pulses shorter than the initial step must not count as failures; relative to the
			// pulse, not to dt, which failed steps shrink (the floor would follow them down forever)
			minStep = Math.min(minStep, MIN_STEP_FRACTION * PULSE_FRACTION * pulse);
		}
		natural = dt;
		double landing = target;
		double breakpoint = temporal.nextBreakpoint(t);
		while (breakpoint - t <= tolerance) {
			// reached already, up to rounding
			double following = temporal.nextBreakpoint(breakpoint);
			if (!(following > breakpoint)) {
				break;
			}
			breakpoint = following;
		}
		if (breakpoint > t + tolerance && breakpoint < landing - coincidence(landing, dt)) {
			// otherwise it coincides with the target (or lies beyond it): land on the target
			landing = breakpoint;
		}
		double remaining = landing - t;
		trimmed = 2 * dt > remaining;
		if (dt >= remaining) {
			return landing;
		}
		if (2 * dt > remaining) {
			// two even steps rather than a full one and a sliver
			return t + 0.5 * remaining;
		}
		return t + dt;
	}

	/**
	 * @return the distance below which two times near {@code t} count as the
	 *         same for a step of about {@code step}: {@link #COINCIDENT_ULPS}
	 *         units in the last place of {@code t}, or {@link #COINCIDENT_FRACTION}
	 *         of the step when that is more
	 */
	public static double coincidence(double t, double step) {
		return Math.max(COINCIDENT_ULPS * Math.ulp(Math.abs(t)), COINCIDENT_FRACTION * step);
	}

	/**
	 * @param dt    the step just solved
	 * @param ratio its change ratio (see the class comment)
	 * @return true when the step is accepted; otherwise it must be repeated with
	 *         the shorter step {@link #nextTime} now proposes
	 */
	public boolean accept(double dt, double ratio) {
		if (ratio > REJECT_RATIO && dt > minStep) {
			natural = Math.max(minStep, dt * Math.max(LARGEST_CUT, SAFETY / ratio));
			return false;
		}
		double factor = ratio > 0 ? Math.max(SMALLEST_SHRINK, Math.min(GROWTH_LIMIT, SAFETY / ratio)) : GROWTH_LIMIT;
		if (!trimmed || factor < 1) {
			natural = dt * factor;
		}
		return true;
	}

	/** The nonlinear iteration failed for step {@code dt}: halve it. */
	public void failed(double dt) {
		natural = 0.5 * dt;
	}

	/**
	 * @param t the current time
	 * @return true when the steps have become too short to go on: below the
	 *         smallest step allowed, or too short to tell {@code t + dt} from
	 *         {@code t}
	 */
	public boolean exhausted(double t) {
		return natural < minStep || natural <= COINCIDENT_ULPS * Math.ulp(Math.abs(t));
	}
}
