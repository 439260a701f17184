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
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunState;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * The local runs of this workbench: a queue in which at most the preferred
 * number of runs ({@link WorkbenchPreferences#parallelJobs()}) run at once
 * (a {@link JobGroup} bounds the threads), and the record of each run for the
 * Runs monitor. Records of finished runs are kept for this session, up to
 * {@value #KEEP_FINISHED}.
 */
public final class LocalRuns {

	static final int KEEP_FINISHED = 100;
	private static final LocalRuns DEFAULT = new LocalRuns();

	private final List<RunRecord> records = new ArrayList<>();
	private final List<Consumer<RunRecord>> listeners = new CopyOnWriteArrayList<>();
	private JobGroup group;
	private int groupSize;
	private int running;

	public static LocalRuns getDefault() {
		return DEFAULT;
	}

	/** Queues a run of {@code study}; see {@link org.laserdamage.runs.ui.RunsUI#run}. */
	public Job submit(IFile study, boolean openResults) {
		RunRecord record = new RunRecord(study);
		RunStudyJob job = new RunStudyJob(study, record, openResults, this);
		record.job(job);
		synchronized (this) {
			job.setJobGroup(group());
			records.add(0, record);
			trim();
		}
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				queued(record);
			}

			@Override
			public void running(IJobChangeEvent event) {
				started(record);
			}

			@Override
			public void done(IJobChangeEvent event) {
				finished(record, event.getResult());
			}
		});
		// scheduled outside the lock: job listeners of other runs take it
		job.schedule();
		return job;
	}

	/** A group as wide as the preference says; a changed preference applies to runs queued from then on. */
	private JobGroup group() {
		int size = WorkbenchPreferences.parallelJobs();
		if (group == null || size != groupSize) {
			group = new JobGroup(Messages.LocalRuns_group, size, 0);
			groupSize = size;
		}
		return group;
	}

	private void queued(RunRecord record) {
		String reason;
		synchronized (this) {
			reason = running >= groupSize ? NLS.bind(Messages.LocalRuns_waitingForSlot, running, groupSize) : null;
		}
		record.state(reason == null ? RunState.QUEUED : RunState.WAITING, reason);
		changed(record);
	}

	private void started(RunRecord record) {
		synchronized (this) {
			running++;
		}
		record.state(RunState.RUNNING, null);
		changed(record);
	}

	private void finished(RunRecord record, IStatus result) {
		synchronized (this) {
			if (record.snapshot().started() != null) {
				running--;
			}
		}
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
