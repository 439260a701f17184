package org.laserdamage.results;

import java.util.Locale;

/**
 * Names of the files in a run directory, relative to it, and the format
 * version this code writes. docs/result-format.md describes every file.
 */
public final class RunDirectory {

	/** Written into summary.json and fields/mesh.json; readers refuse newer versions. */
	public static final int FORMAT_VERSION = 1;

	public static final String SUMMARY = "summary.json"; //$NON-NLS-1$
	public static final String PROBES = "probes.csv"; //$NON-NLS-1$
	public static final String EVENTS = "events.csv"; //$NON-NLS-1$
	public static final String FIELDS = "fields"; //$NON-NLS-1$
	public static final String MESH = FIELDS + "/mesh.json"; //$NON-NLS-1$
	public static final String INDEX = FIELDS + "/index.csv"; //$NON-NLS-1$
	public static final String REPORT = "report.html"; //$NON-NLS-1$

	/** Label of the snapshot at time 0. */
	public static final String LABEL_INITIAL = "initial"; //$NON-NLS-1$
	/** Label of a snapshot taken at an output interval. */
	public static final String LABEL_OUTPUT = "output"; //$NON-NLS-1$
	/** Label of the snapshot taken when melt-through was reached. */
	public static final String LABEL_MELT_THROUGH = "melt-through"; //$NON-NLS-1$
	/** Label of the last snapshot of a run that finished. */
	public static final String LABEL_FINAL = "final"; //$NON-NLS-1$

	private RunDirectory() {
	}

	/** @return the name of snapshot {@code index} inside {@link #FIELDS} */
	public static String snapshotFileName(int index) {
		return String.format(Locale.ROOT, "snapshot-%06d.bin", index); //$NON-NLS-1$
	}
}
