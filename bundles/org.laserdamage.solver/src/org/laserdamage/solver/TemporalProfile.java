package org.laserdamage.solver;

/**
 * Beam power against time. Implementations tell the time stepper where the
 * power changes quickly so that pulses are resolved and switch-offs are hit.
 */
public interface TemporalProfile {

	/** @return the total beam power in W at time {@code t} (s) */
	double power(double t);

	/**
	 * @return the shortest time scale (s) of the power variation around
	 *         {@code t}: the step is kept to a fraction of it; infinity where
	 *         the power is steady
	 */
	double timeScale(double t);

	/**
	 * @return the first time strictly after {@code t} at which the power jumps
	 *         or a pulse starts; infinity if none
	 */
	double nextBreakpoint(double t);

	/** @return the energy (J) delivered between 0 and {@code t} */
	double energy(double t);
}
