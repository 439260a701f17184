package org.laserdamage.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;

/**
 * One job as it stands: an immutable snapshot; {@link IJobStore#update}
 * replaces it with the next one.
 *
 * @param id        unique, sortable by submission ({@code 20261202-145501-123-a1b2})
 * @param studyName the frozen study's name
 * @param spec      solver, options, place, timeout and attempts
 * @param materials the exact material versions frozen with the study, id → version
 * @param state     where the job is
 * @param reason    why it waits, or why it failed or was cancelled, in words a user can act on; empty otherwise
 * @param progress  0 to 1 while running
 * @param attempt   the current or last attempt, 0 before the first
 * @param submitted when it was submitted
 * @param started   when the current or last attempt started, or null
 * @param ended     when it reached its final state, or null
 * @param owner     the process that schedules it (and runs it, once running), or null
 * @param result    the run directory of the attempt that succeeded, or null
 * @param log       the end of the solver's own log of a failed attempt, empty when it has none
 */
public record Job(String id, String studyName, JobSpec spec, Map<String, Integer> materials, RunState state,
		String reason, double progress, int attempt, Instant submitted, Instant started, Instant ended,
		ProcessIdentity owner, Path result, String log) {

	public Job {
		materials = Map.copyOf(materials);
		reason = reason == null ? "" : reason; //$NON-NLS-1$
		log = log == null ? "" : log; //$NON-NLS-1$
	}

	/** @return this job in {@code next} with {@code why} (progress kept while running) */
	public Job inState(RunState next, String why) {
		Instant end = next.isFinal() ? Instant.now() : null;
		return new Job(id, studyName, spec, materials, next, why, next == RunState.RUNNING ? progress : 0, attempt,
				submitted, started, end, owner, result, log);
	}

	public Job withProgress(double fraction) {
		return new Job(id, studyName, spec, materials, state, reason, fraction, attempt, submitted, started, ended,
				owner, result, log);
	}

	/** @return the job as its attempt {@code number} starts, owned by {@code runner} */
	public Job startingAttempt(int number, ProcessIdentity runner) {
		return new Job(id, studyName, spec, materials, RunState.RUNNING, "", 0, number, submitted, Instant.now(), //$NON-NLS-1$
				null, runner, null, ""); //$NON-NLS-1$
	}

	public Job ownedBy(ProcessIdentity runner) {
		return new Job(id, studyName, spec, materials, state, reason, progress, attempt, submitted, started, ended,
				runner, result, log);
	}

	public Job withResult(Path runDirectory) {
		return new Job(id, studyName, spec, materials, state, reason, progress, attempt, submitted, started, ended,
				owner, runDirectory, log);
	}

	public Job withLog(String excerpt) {
		return new Job(id, studyName, spec, materials, state, reason, progress, attempt, submitted, started, ended,
				owner, result, excerpt);
	}
}
