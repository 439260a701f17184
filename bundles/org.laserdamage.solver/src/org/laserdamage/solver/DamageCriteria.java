package org.laserdamage.solver;

/**
 * Which damage criteria to evaluate.
 *
 * @param meltOnset               evaluate melt onset
 * @param meltThrough             evaluate melt-through
 * @param peakTemperatureThreshold threshold in K; NaN switches the criterion off
 * @param stopAtMeltThrough       end the run once melt-through is reached
 */
public record DamageCriteria(boolean meltOnset, boolean meltThrough, double peakTemperatureThreshold,
		boolean stopAtMeltThrough) {

	public static DamageCriteria none() {
		return new DamageCriteria(false, false, Double.NaN, false);
	}

	public boolean peakTemperature() {
		return !Double.isNaN(peakTemperatureThreshold);
	}
}
