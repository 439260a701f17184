package org.laserdamage.materials;

import java.util.Arrays;

/**
 * Absorptivity A(λ, T) tabulated over wavelength (m) and temperature (K),
 * interpolated bilinearly and held constant beyond the table edges.
 * {@link #covers(double)} tells a caller when a wavelength lies outside the
 * table so it can warn instead of extrapolating silently.
 */
public final class AbsorptivityTable {

	private final double[] wavelengths;
	private final TemperatureTable[] rows;

	/**
	 * @param wavelengths strictly increasing wavelengths in m
	 * @param rows        absorptivity against temperature, one table per wavelength
	 */
	public AbsorptivityTable(double[] wavelengths, TemperatureTable[] rows) {
		if (wavelengths.length == 0 || wavelengths.length != rows.length) {
			throw new IllegalArgumentException("An absorptivity table needs one temperature row per wavelength"); //$NON-NLS-1$
		}
		for (int i = 0; i < wavelengths.length; i++) {
			if (!(wavelengths[i] > 0) || Double.isInfinite(wavelengths[i])) {
				throw new IllegalArgumentException("Wavelength at row " + (i + 1) + " must be a positive, finite number of metres, was " + wavelengths[i]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (rows[i] == null) {
				throw new IllegalArgumentException("Absorptivity row " + (i + 1) + " has no temperature table"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (i > 0 && wavelengths[i] <= wavelengths[i - 1]) {
				throw new IllegalArgumentException("Wavelengths must increase: row " + (i + 1) + " is not above row " + i); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (int j = 0; j < rows[i].size(); j++) {
				double a = rows[i].value(j);
				if (a < 0 || a > 1) {
					throw new IllegalArgumentException("Absorptivity at wavelength " + wavelengths[i] + " m, row " + (j + 1) //$NON-NLS-1$ //$NON-NLS-2$
							+ " must lie in [0, 1], was " + a); //$NON-NLS-1$
				}
			}
		}
		this.wavelengths = wavelengths.clone();
		this.rows = rows.clone();
	}

	/** @return true when {@code wavelength} (m) lies within the tabulated range */
	public boolean covers(double wavelength) {
		return wavelength >= wavelengths[0] && wavelength <= wavelengths[wavelengths.length - 1];
	}

	/** @return the absorptivity at {@code wavelength} (m) and {@code temperature} (K); NaN for a NaN wavelength */
	public double valueAt(double wavelength, double temperature) {
		int n = wavelengths.length;
		if (Double.isNaN(wavelength)) {
			return Double.NaN;
		}
		if (wavelength <= wavelengths[0]) {
			return rows[0].valueAt(temperature);
		}
		if (wavelength >= wavelengths[n - 1]) {
			return rows[n - 1].valueAt(temperature);
		}
		int hi = Arrays.binarySearch(wavelengths, wavelength);
		if (hi >= 0) {
			return rows[hi].valueAt(temperature);
		}
		hi = -hi - 1;
		int lo = hi - 1;
		double w = (wavelength - wavelengths[lo]) / (wavelengths[hi] - wavelengths[lo]);
		return (1 - w) * rows[lo].valueAt(temperature) + w * rows[hi].valueAt(temperature);
	}

	/** @return the absorptivity against temperature at {@code wavelength} (m) */
	public TemperatureTable atWavelength(double wavelength) {
		java.util.TreeSet<Double> temps = new java.util.TreeSet<>();
		for (TemperatureTable row : rows) {
			for (int j = 0; j < row.size(); j++) {
				temps.add(row.temperature(j));
			}
		}
		double[] t = temps.stream().mapToDouble(Double::doubleValue).toArray();
		double[] v = new double[t.length];
		for (int j = 0; j < t.length; j++) {
			v[j] = valueAt(wavelength, t[j]);
		}
		return new TemperatureTable(t, v);
	}

	public int size() {
		return wavelengths.length;
	}

	public double wavelength(int index) {
		return wavelengths[index];
	}

	public TemperatureTable row(int index) {
		return rows[index];
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof AbsorptivityTable other && Arrays.equals(wavelengths, other.wavelengths)
				&& Arrays.equals(rows, other.rows);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(wavelengths) + Arrays.hashCode(rows);
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("AbsorptivityTable["); //$NON-NLS-1$
		for (int i = 0; i < wavelengths.length; i++) {
			b.append(i == 0 ? "" : ", ").append(wavelengths[i]).append(" m: ").append(rows[i]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return b.append(']').toString();
	}
}
