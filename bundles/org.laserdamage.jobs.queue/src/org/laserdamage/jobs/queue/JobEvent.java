package org.laserdamage.jobs.queue;

import java.time.Instant;

import org.laserdamage.core.RunState;

/**
 * One change of a job, as stored: what a client streams and resynchronises from.
 *
 * @param seq      increasing over all jobs; a client resumes after the last one it saw
 * @param jobId    the job
 * @param at       when it happened
 * @param state    the job's state after it
 * @param progress 0 to 1
 * @param attempt  the attempt it belongs to
 * @param reason   the job's reason after it
 */
public record JobEvent(long seq, String jobId, Instant at, RunState state, double progress, int attempt, String reason) {
}
