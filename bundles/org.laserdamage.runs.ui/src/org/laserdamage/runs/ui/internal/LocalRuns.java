package org.laserdamage.runs.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.laserdamage.core.RunState;

/**
 * The runs of workspace studies in this session. Each run is a job of the
 * job model ({@link org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs}),
 * which decides when it starts (the place's slots, {@code local.slots}) and
 * keeps it on disk; a workbench {@link Job} follows it for the Progress view,
 * the console and the results that go beside the study. Records of finished
 * runs are kept for this session, up to {@value #KEEP_FINISHED}.
 */
public final class LocalRuns {

	static final int KEEP_FINISHED = 100;
	private static final LocalRuns DEFAULT = new LocalRuns();

	private final List<RunRecord> records = new ArrayList<>();
	private final List<Consumer<RunRecord>> listeners = new CopyOnWriteArrayList<>();

	public static LocalRuns getDefault() {
		return DEFAULT;
	}

	/** Runs {@code study} as the user chose; see {@link org.laserdamage.runs.ui.RunsUI#run}. */
	public Job submit(IFile study, RunChoice choice, boolean openResults) {
		return follow(study, RunStudyJob.fromFile(study, choice), openResults);
	}

	/** Runs the study frozen with job {@code jobId} again with the same spec; its results go beside {@code study}. */
	public Job rerun(IFile study, String jobId, boolean openResults) {
		return follow(study, RunStudyJob.again(jobId), openResults);
	}

	private Job follow(IFile study, RunStudyJob.Submission submission, boolean openResults) {
		RunRecord record = new RunRecord(study);
		RunStudyJob job = new RunStudyJob(study, submission, record, openResults, this);
		record.job(job);
		synchronized (this) {
			records.add(0, record);
			trim();
		}
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// a run cancelled before it started never ran: end its record here
				if (!record.snapshot().state().isFinal()) {
					finished(record, event.getResult());
				}
			}
		});
		changed(record);
		job.schedule();
		return job;
	}

	/** Ends a record with the result of its workbench job. */
	void finished(RunRecord record, IStatus result) {
		RunState state = result == null || result.getSeverity() == IStatus.CANCEL ? RunState.CANCELLED
				: result.matches(IStatus.ERROR) ? RunState.FAILED : RunState.SUCCEEDED;
		if (result != null && state != RunState.SUCCEEDED) {
			record.message(result.getMessage());
		}
		record.state(state, null);
		changed(record);
	}

	/** Tells the listeners that {@code record} changed (any thread). */
	void changed(RunRecord record) {
		for (Consumer<RunRecord> listener : listeners) {
			listener.accept(record);
		}
	}

	private void trim() {
		int finished = 0;
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).snapshot().state().isFinal() && ++finished > KEEP_FINISHED) {
				records.remove(i--);
			}
		}
	}

	/** @return the runs of this session, newest first */
	public synchronized List<RunRecord.Snapshot> snapshot() {
		return records.stream().map(RunRecord::snapshot).toList();
	}

	/** Tells {@code listener} of every change of a record, in the thread that changed it. */
	public void addListener(Consumer<RunRecord> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<RunRecord> listener) {
		listeners.remove(listener);
	}
}
