package org.laserdamage.monitor;

import java.time.Instant;

import org.laserdamage.core.RunState;

/**
 * A job as a server's API shows it.
 *
 * @param id          the job id
 * @param study       the study's name
 * @param state       its state
 * @param reason      why it is in that state (waiting, failed …), may be empty
 * @param progress    0 to 1
 * @param attempt     the attempt number, 0 before the first
 * @param solver      the solver id
 * @param place       where it runs (local slots of a replica, slurm …)
 * @param submitted   when it was submitted
 * @param started     when its current attempt started, or {@code null}
 * @param ended       when it ended, or {@code null}
 * @param runner      the replica running it (HOST:PID), or {@code null}
 * @param hasResults  whether its results can be downloaded
 */
public record RemoteJob(String id, String study, RunState state, String reason, double progress, int attempt,
		String solver, String place, Instant submitted, Instant started, Instant ended, String runner,
		boolean hasResults) {
}
