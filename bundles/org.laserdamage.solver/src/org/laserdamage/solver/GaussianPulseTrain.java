package org.laserdamage.solver;

/**
 * A train of Gaussian pulses, P(t) = E/τ · sqrt(4 ln2/π) · exp(−4 ln2 (t−t_k)²/τ²),
 * with pulse centres t_k = 2τ + k/f, k = 0 … count−1.
 *
 * @param pulseEnergy    energy of one pulse in J
 * @param fwhm           full width at half maximum τ in s
 * @param repetitionRate pulses per second (ignored for a single pulse)
 * @param count          number of pulses
 */
public record GaussianPulseTrain(double pulseEnergy, double fwhm, double repetitionRate, int count)
		implements TemporalProfile {

	private static final double FOUR_LN2 = 4 * Math.log(2);
	private static final double PEAK_FACTOR = Math.sqrt(FOUR_LN2 / Math.PI);
	/** A pulse is taken to last ±this many FWHM around its centre. */
	private static final double HALF_SPAN = 2.0;

	public GaussianPulseTrain {
		if (!(pulseEnergy >= 0)) {
			throw new IllegalArgumentException("Pulse energy must be zero or positive, was " + pulseEnergy + " J"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(fwhm > 0)) {
			throw new IllegalArgumentException("Pulse FWHM must be positive, was " + fwhm + " s"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (count < 1) {
			throw new IllegalArgumentException("Pulse count must be 1 or more, was " + count); //$NON-NLS-1$
		}
		if (count > 1 && !(repetitionRate > 0)) {
			throw new IllegalArgumentException("Repetition rate must be positive for a pulse train, was " + repetitionRate + " Hz"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the centre time of pulse {@code k} in s */
	public double centre(int k) {
		return HALF_SPAN * fwhm + (count > 1 ? k / repetitionRate : 0);
	}

	/** @return the peak power of one pulse in W */
	public double peakPower() {
		return pulseEnergy / fwhm * PEAK_FACTOR;
	}

	@Override
	public double power(double t) {
		double p = 0;
		int k0 = nearestPulse(t);
		for (int k = Math.max(0, k0 - 2); k <= Math.min(count - 1, k0 + 2); k++) {
			double x = (t - centre(k)) / fwhm;
			p += Math.exp(-FOUR_LN2 * x * x);
		}
		return p * peakPower();
	}

	private int nearestPulse(double t) {
		if (count == 1) {
			return 0;
		}
		long k = Math.round((t - centre(0)) * repetitionRate);
		return (int) Math.max(0, Math.min(count - 1, k));
	}

	@Override
	public double timeScale(double t) {
		double x = Math.abs(t - centre(nearestPulse(t)));
		// a relative slack so that a time computed as a pulse start (with rounding) lies inside the pulse
		return x <= HALF_SPAN * fwhm * (1 + 1e-9) ? fwhm : Double.POSITIVE_INFINITY;
	}

	@Override
	public double nextBreakpoint(double t) {
		for (int k = nearestPulse(t); k < count; k++) {
			double start = centre(k) - HALF_SPAN * fwhm;
			if (start > t) {
				return start;
			}
		}
		return Double.POSITIVE_INFINITY;
	}

	@Override
	public double energy(double t) {
		double e = 0;
		double s = Math.sqrt(FOUR_LN2);
		for (int k = 0; k < count; k++) {
			e += 0.5 * (1 + erf(s * (t - centre(k)) / fwhm));
		}
		return e * pulseEnergy;
	}

	/** Error function, Abramowitz &amp; Stegun 7.1.26 (|error| &lt; 1.5e-7). */
	static double erf(double x) {
		double sign = Math.signum(x);
		double a = Math.abs(x);
		double t = 1 / (1 + 0.3275911 * a);
		double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
				* Math.exp(-a * a);
		return sign * y;
	}
}
