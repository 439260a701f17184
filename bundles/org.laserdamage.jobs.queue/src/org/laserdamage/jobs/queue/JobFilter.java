package org.laserdamage.jobs.queue;

import java.util.Set;

import org.laserdamage.core.RunState;

/**
 * Which jobs a listing selects, and which page of them.
 *
 * @param states the states to select; empty for all
 * @param offset jobs to skip, newest first
 * @param limit  jobs to return at most, 1 to {@value #MAX_LIMIT}
 */
public record JobFilter(Set<RunState> states, int offset, int limit) {

	/** The largest page. */
	public static final int MAX_LIMIT = 1000;

	/** The newest {@value #MAX_LIMIT} jobs in any state. */
	public static final JobFilter ALL = new JobFilter(Set.of(), 0, MAX_LIMIT);

	public JobFilter {
		states = Set.copyOf(states);
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative: " + offset); //$NON-NLS-1$
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
