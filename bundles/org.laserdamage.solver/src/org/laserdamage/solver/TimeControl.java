package org.laserdamage.solver;

/**
 * Time integration settings. The stepper is implicit (unconditionally
 * stable); steps adapt to keep the largest temperature change per step near
 * {@code maxTemperatureChange} and stay below {@code maxStep}, and shrink to
 * a fraction of the pulse width inside pulses.
 *
 * @param endTime              simulated time in s
 * @param initialStep          first step in s
 * @param maxStep              largest step in s
 * @param maxTemperatureChange target largest temperature change per step, K
 * @param outputInterval       time between field snapshots and probe samples, s
 */
public record TimeControl(double endTime, double initialStep, double maxStep, double maxTemperatureChange,
		double outputInterval) {

	public TimeControl {
		if (!(endTime > 0)) {
			throw new IllegalArgumentException("End time must be positive, was " + endTime + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(initialStep > 0) || !(maxStep >= initialStep)) {
			throw new IllegalArgumentException("Need 0 < initial step <= max step, was " + initialStep + " s and " + maxStep + " s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!(maxTemperatureChange > 0)) {
			throw new IllegalArgumentException("Max temperature change per step must be positive, was " + maxTemperatureChange + " K"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(outputInterval > 0) || outputInterval > endTime) {
			throw new IllegalArgumentException("Output interval must be positive and not above the end time, was " + outputInterval + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
