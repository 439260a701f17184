package org.laserdamage.runs.ui.internal;

import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.laserdamage.core.RunState;

/**
 * One run of a workspace study in this session: the job of the job model that
 * runs it and where its results went in the workspace. Changed only by
 * {@link LocalRuns} and the run (from job threads); readers get a consistent
 * copy with {@link #snapshot()}.
 */
public final class RunRecord {

	/** An immutable view of a record at one moment. */
	public record Snapshot(IFile study, Path runDirectory, RunState state, String reason, Instant queued,
			Instant started, Instant ended, String message, String jobId, RunRecord record) {
	}

	private final IFile study;
	private final Instant queued = Instant.now();
	private Job job;
	private String jobId;
	private Path runDirectory;
	private RunState state = RunState.QUEUED;
	private String reason;
	private Instant started;
	private Instant ended;
	private String message;

	RunRecord(IFile study) {
		this.study = study;
	}

	synchronized void job(Job runJob) {
		this.job = runJob;
	}

	/** @return the workbench job that follows the run, to cancel it or wait for it */
	public synchronized Job job() {
		return job;
	}

	synchronized void jobId(String id) {
		this.jobId = id;
	}

	synchronized void runDirectory(Path directory) {
		this.runDirectory = directory;
	}

	synchronized void state(RunState newState, String newReason) {
		this.state = newState;
		this.reason = newReason == null || newReason.isBlank() ? null : newReason;
		if (newState == RunState.RUNNING && started == null) {
			started = Instant.now();
		}
		if (newState.isFinal() && ended == null) {
			ended = Instant.now();
		}
	}

	/** Takes the job's own start and end (the times its place gave it), where it has them. */
	synchronized void times(Instant jobStarted, Instant jobEnded) {
		if (jobStarted != null) {
			started = jobStarted;
		}
		if (jobEnded != null) {
			ended = jobEnded;
		}
	}

	synchronized void message(String text) {
		this.message = text;
	}

	public synchronized Snapshot snapshot() {
		return new Snapshot(study, runDirectory, state, reason, queued, started, ended, message, jobId, this);
	}
}
