package org.laserdamage.materials;

import java.util.Arrays;

/**
 * A property tabulated against temperature (K), interpolated linearly between
 * points and held constant beyond the first and last point.
 */
public final class TemperatureTable {

	private final double[] temperatures;
	private final double[] values;

	/**
	 * @param temperatures strictly increasing temperatures in K, at least one
	 * @param values       the property at each temperature, in SI units
	 * @throws IllegalArgumentException naming the offending point
	 */
	public TemperatureTable(double[] temperatures, double[] values) {
		if (temperatures.length == 0 || temperatures.length != values.length) {
			throw new IllegalArgumentException("A temperature table needs as many values as temperatures, and at least one (got " //$NON-NLS-1$
					+ temperatures.length + " temperatures, " + values.length + " values)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int i = 0; i < temperatures.length; i++) {
			if (!Double.isFinite(temperatures[i]) || temperatures[i] <= 0) {
				throw new IllegalArgumentException("Temperature at row " + (i + 1) + " must be a positive number of kelvin, was " + temperatures[i]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("Value at row " + (i + 1) + " is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (i > 0 && temperatures[i] <= temperatures[i - 1]) {
				throw new IllegalArgumentException("Temperatures must increase: row " + (i + 1) + " (" + temperatures[i] //$NON-NLS-1$ //$NON-NLS-2$
						+ " K) is not above row " + i + " (" + temperatures[i - 1] + " K)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		this.temperatures = temperatures.clone();
		this.values = values.clone();
	}

	/** A table with one value at every temperature. */
	public static TemperatureTable constant(double value) {
		return new TemperatureTable(new double[] { 293.15 }, new double[] { value });
	}

	/** @return the interpolated value at {@code temperature} (K); NaN for a NaN temperature */
	public double valueAt(double temperature) {
		int n = temperatures.length;
		if (Double.isNaN(temperature)) {
			return Double.NaN;
		}
		if (temperature <= temperatures[0]) {
			return values[0];
		}
		if (temperature >= temperatures[n - 1]) {
			return values[n - 1];
		}
		int hi = Arrays.binarySearch(temperatures, temperature);
		if (hi >= 0) {
			return values[hi];
		}
		hi = -hi - 1;
		int lo = hi - 1;
		double w = (temperature - temperatures[lo]) / (temperatures[hi] - temperatures[lo]);
		return values[lo] + w * (values[hi] - values[lo]);
	}

	public int size() {
		return temperatures.length;
	}

	public double temperature(int index) {
		return temperatures[index];
	}

	public double value(int index) {
		return values[index];
	}

	public double[] temperatures() {
		return temperatures.clone();
	}

	public double[] values() {
		return values.clone();
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof TemperatureTable other && Arrays.equals(temperatures, other.temperatures)
				&& Arrays.equals(values, other.values);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(temperatures) + Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "TemperatureTable" + Arrays.toString(temperatures) + "->" + Arrays.toString(values); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
