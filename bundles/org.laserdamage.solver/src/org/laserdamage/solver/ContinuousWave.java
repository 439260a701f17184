package org.laserdamage.solver;

/**
 * A beam at constant power from time 0 for a given duration, then off.
 *
 * @param power    power in W
 * @param duration time in s the beam stays on (infinity for "until the end")
 */
public record ContinuousWave(double power, double duration) implements TemporalProfile {

	public ContinuousWave {
		if (!(power >= 0)) {
			throw new IllegalArgumentException("Laser power must be zero or positive, was " + power + " W"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(duration > 0)) {
			throw new IllegalArgumentException("Beam duration must be positive, was " + duration + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public double power(double t) {
		return t >= 0 && t < duration ? power : 0;
	}

	@Override
	public double timeScale(double t) {
		return Double.POSITIVE_INFINITY;
	}

	@Override
	public double nextBreakpoint(double t) {
		return t < duration ? duration : Double.POSITIVE_INFINITY;
	}

	@Override
	public double energy(double t) {
		return power * Math.max(0, Math.min(t, duration));
	}
}
