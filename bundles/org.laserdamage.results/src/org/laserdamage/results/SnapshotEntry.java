package org.laserdamage.results;

import java.util.Objects;

/**
 * One row of fields/index.csv.
 *
 * @param index position in the index, from 0
 * @param time  s
 * @param label {@link RunDirectory#LABEL_INITIAL}, {@link RunDirectory#LABEL_OUTPUT},
 *              {@link RunDirectory#LABEL_MELT_THROUGH} or {@link RunDirectory#LABEL_FINAL}
 * @param file  file name inside the fields folder
 */
public record SnapshotEntry(int index, double time, String label, String file) {

	public SnapshotEntry {
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
	}
}
