package org.laserdamage.jobs.queue;

import java.util.Map;

import org.laserdamage.core.RunState;

/**
 * How many jobs are in each state, as the database says.
 *
 * @param counts jobs per state, every state present
 */
public record QueueStats(Map<RunState, Integer> counts) {

	public QueueStats {
		counts = Map.copyOf(counts);
	}

	/** @return jobs waiting for a worker (queued or waiting): the seed's {@code simulation_queue_length} */
	public int queued() {
		return counts.getOrDefault(RunState.QUEUED, 0) + counts.getOrDefault(RunState.WAITING, 0);
	}

	/** @return jobs running on any replica */
	public int running() {
		return counts.getOrDefault(RunState.RUNNING, 0);
	}
}
