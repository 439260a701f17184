package org.laserdamage.model.validation;

/**
 * The ranges a study must keep so that the built-in solver takes it and a run
 * ends in bounded time and disk space (documented in docs/study-format.md,
 * "Limits"). The validator refuses a study outside them, so a run never fails
 * on its input.
 */
public final class Limits {

	/**
	 * Temperatures (initial, ambient, threshold), K: from where the built-in
	 * solver still converges (it did not from 0.5 K) to below its ceiling.
	 */
	public static final double MIN_TEMPERATURE = 20;
	public static final double MAX_TEMPERATURE = 1e5;
	/** Lengths (target radius, layer thicknesses, beam radius), m. */
	public static final double MIN_LENGTH = 1e-9;
	public static final double MAX_LENGTH = 10;
	/** Prescribed heat fluxes, W/m², either way: a focused laser's intensity is far below. */
	public static final double MAX_HEAT_FLUX = 1e13;
	/** Absorption coefficients of semi-transparent layers, 1/m: from clear glass to an absorption depth of 0.1 nm. */
	public static final double MIN_ABSORPTION = 1e-6;
	public static final double MAX_ABSORPTION = 1e10;
	/** The smallest cell of the graded mesh, radially and axially, m. */
	public static final double MIN_CELL = 1e-9;
	public static final double MAX_GRADING = 1000;
	/** Cells of the mesh: the built-in solver takes at most this many. */
	public static final long MAX_CELLS = 2_000_000;
	/** Above this many cells the validator warns that the run will be slow. */
	public static final long MANY_CELLS = 500_000;
	/** Times (steps, pulse width, end time, output interval, beam duration), s. */
	public static final double MIN_TIME = 1e-15;
	public static final double MAX_END_TIME = 1e6;
	public static final double MIN_WAVELENGTH = 1e-9;
	public static final double MAX_WAVELENGTH = 1e-3;
	public static final double MAX_POWER = 1e9;
	public static final double MAX_PULSE_ENERGY = 1e6;
	public static final double MAX_FLUENCE = 1e10;
	public static final double MIN_REPETITION_RATE = 1e-6;
	public static final double MAX_REPETITION_RATE = 1e9;
	public static final int MAX_PULSES = 1_000_000;
	public static final double MAX_CONVECTION = 1e7;
	public static final double MIN_TEMPERATURE_CHANGE = 0.01;
	public static final double MAX_TEMPERATURE_CHANGE = 1000;
	/** Time steps a run may need at the least (end time over the largest step, outputs, pulses). */
	public static final double MAX_STEPS = 1e6;
	/** Field snapshots (end time over the output interval). */
	public static final double MAX_SNAPSHOTS = 10_000;
	/** Bytes of snapshots and probe rows a run may write, estimated. */
	public static final double MAX_OUTPUT_BYTES = 2e9;
	public static final int MAX_NAME_LENGTH = 100;
	/** Steps the built-in solver takes through one pulse (4 FWHM at a twentieth of the FWHM). */
	public static final int STEPS_PER_PULSE = 80;
	/** Bytes per cell of one field snapshot (temperature and liquid fraction as doubles). */
	public static final int SNAPSHOT_BYTES_PER_CELL = 16;
	/** Bytes per value of a probes.csv row, at most (a double in Java's shortest form and a comma). */
	public static final int PROBE_BYTES_PER_VALUE = 25;

	private Limits() {
	}
}
