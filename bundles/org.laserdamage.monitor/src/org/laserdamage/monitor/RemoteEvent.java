package org.laserdamage.monitor;

import java.time.Instant;

import org.laserdamage.core.RunState;

/**
 * One server-sent event of a job: its state and progress at a moment.
 *
 * @param seq      the event's number (the {@code Last-Event-ID} to resume after)
 * @param jobId    the job
 * @param state    its state
 * @param progress 0 to 1
 * @param attempt  the attempt number
 * @param reason   why it is in that state, may be empty
 * @param at       when the server stored the event
 */
public record RemoteEvent(long seq, String jobId, RunState state, double progress, int attempt, String reason,
		Instant at) {
}
