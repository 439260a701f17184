package org.laserdamage.core;

/**
 * Where a solver run is in its life. Local runs in the workbench and queued
 * runs of a server go through the same states:
 * {@code QUEUED → [WAITING →] RUNNING → SUCCEEDED | FAILED | CANCELLED};
 * a queued or waiting run can be cancelled before it starts.
 */
public enum RunState {
	/** Accepted, not started yet. */
	QUEUED,
	/** Cannot start yet for a stated reason (no free slot, licence, database). */
	WAITING,
	RUNNING,
	SUCCEEDED,
	FAILED,
	CANCELLED;

	/** @return whether the run has ended and its state will not change again */
	public boolean isFinal() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}
}
