package org.laserdamage.solver.nodal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.TimeControl;

/**
 * The steps of a run of an external code (ccx steps, ANSYS load steps) and the beam's amplitude. A step ends at every
 * output time (so the fields there are computed, not interpolated) and at
 * every change of the beam: the switch-off of a continuous beam and the start
 * and end (±2 FWHM) of every pulse, so that the increments can be kept to
 * {@code FWHM / }{@value #INCREMENTS_PER_FWHM} inside pulses without holding
 * them small in between. The amplitude is the beam power over
 * {@link #referencePower()}, tabulated against total time.
 */
public final class StepPlan {

	/** At least this many increments per FWHM inside a pulse. */
	static final double INCREMENTS_PER_FWHM = 20;
	/** Amplitude points per FWHM of a pulse (ccx and ANSYS interpolate linearly between them). */
	static final int AMPLITUDE_POINTS_PER_FWHM = 10;
	/** Pulses are taken to last ±this many FWHM around their centre, as in {@link GaussianPulseTrain}. */
	static final double HALF_SPAN = 2;

	/** One step from {@code start} to {@code end}; {@code output} marks an output time at its end. */
	public record Step(double start, double end, double maxIncrement, boolean output) {
	}

	private final List<Step> steps;
	private final double referencePower;
	private final double[] amplitude;

	private StepPlan(List<Step> steps, double referencePower, double[] amplitude) {
		this.steps = steps;
		this.referencePower = referencePower;
		this.amplitude = amplitude;
	}

	public static StepPlan of(TimeControl time, TemporalProfile beam) {
		double end = time.endTime();
		TreeMap<Double, Boolean> ends = new TreeMap<>();
		for (int k = 1;; k++) {
			double t = Math.min(outputTime(k, time), end);
			ends.put(t, Boolean.TRUE);
			if (t >= end) {
				break;
			}
		}
		for (double t : changes(beam)) {
			if (t > 0 && t < end) {
				ends.putIfAbsent(t, Boolean.FALSE);
			}
		}
		List<Step> steps = new ArrayList<>();
		double start = 0;
		double slack = 1e-9 * time.outputInterval();
		for (Map.Entry<Double, Boolean> e : ends.entrySet()) {
			double stop = e.getKey();
			if (stop - start <= slack) {
				if (e.getValue() && !steps.isEmpty()) {
					Step last = steps.remove(steps.size() - 1);
					steps.add(new Step(last.start(), last.end(), last.maxIncrement(), true));
				}
				continue;
			}
			double scale = beam.timeScale(0.5 * (start + stop));
			double max = Math.min(Math.min(time.maxStep(), scale / INCREMENTS_PER_FWHM), stop - start);
			steps.add(new Step(start, stop, max, e.getValue()));
			start = stop;
		}
		if (beam instanceof GaussianPulseTrain pulses) {
			return new StepPlan(steps, pulses.peakPower(), pulseAmplitude(pulses));
		}
		if (beam instanceof ContinuousWave cw && cw.duration() < end) {
			double off = cw.duration() * (1 + 1e-9);
			return new StepPlan(steps, cw.power(), new double[] { 0, 1, cw.duration(), 1, off, 0 });
		}
		return new StepPlan(steps, beam.power(0), new double[0]);
	}

	/** The k-th output time as the built-in solver places it: the end time when within a billionth of an interval. */
	static double outputTime(int k, TimeControl time) {
		double t = k * time.outputInterval();
		return time.endTime() - t <= 1e-9 * time.outputInterval() ? time.endTime() : t;
	}

	private static List<Double> changes(TemporalProfile beam) {
		List<Double> times = new ArrayList<>();
		if (beam instanceof GaussianPulseTrain pulses) {
			for (int k = 0; k < pulses.count(); k++) {
				times.add(pulses.centre(k) - HALF_SPAN * pulses.fwhm());
				times.add(pulses.centre(k) + HALF_SPAN * pulses.fwhm());
			}
		} else if (beam instanceof ContinuousWave cw) {
			times.add(cw.duration());
		} else {
			for (double t = beam.nextBreakpoint(0); Double.isFinite(t); t = beam.nextBreakpoint(t)) {
				times.add(t);
			}
		}
		return times;
	}

	private static double[] pulseAmplitude(GaussianPulseTrain pulses) {
		TreeMap<Double, Double> points = new TreeMap<>();
		double peak = pulses.peakPower();
		points.put(0.0, 0.0);
		double dt = pulses.fwhm() / AMPLITUDE_POINTS_PER_FWHM;
		int perPulse = (int) Math.round(2 * HALF_SPAN * AMPLITUDE_POINTS_PER_FWHM);
		for (int k = 0; k < pulses.count(); k++) {
			double first = pulses.centre(k) - HALF_SPAN * pulses.fwhm();
			// zero at the ends of the span, so that nothing is delivered between pulses
			for (int p = 0; p <= perPulse; p++) {
				double t = first + p * dt;
				points.merge(t, p == 0 || p == perPulse ? 0.0 : pulses.power(t) / peak, Math::max);
			}
		}
		double[] table = new double[2 * points.size()];
		int n = 0;
		for (Map.Entry<Double, Double> e : points.entrySet()) {
			table[n++] = e.getKey();
			table[n++] = e.getValue();
		}
		return table;
	}

	public List<Step> steps() {
		return steps;
	}

	/** @return the power in W that an amplitude of 1 stands for */
	public double referencePower() {
		return referencePower;
	}

	/** @return time, factor pairs against total time; empty for a beam that never changes */
	public double[] amplitude() {
		return amplitude.clone();
	}
}
