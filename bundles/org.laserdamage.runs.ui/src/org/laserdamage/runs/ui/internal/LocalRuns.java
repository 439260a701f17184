package org.laserdamage.runs.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunState;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * The local runs of this workbench: a queue in which at most the preferred
 * number of runs ({@link WorkbenchPreferences#parallelJobs()}) run at once
 * (a {@link JobGroup} bounds the threads; a changed preference applies to the
 * runs queued after it), and the record of each run for the Runs monitor.
 * A run's RUNNING and final states are set by the run itself, so a record
 * never shows more runs running than there are slots. Records of finished
 * runs are kept for this session, up to {@value #KEEP_FINISHED}.
 */
public final class LocalRuns {

	static final int KEEP_FINISHED = 100;
	private static final LocalRuns DEFAULT = new LocalRuns();

	/** Runs of one width: a failed run cancels no other, and the group keeps no results. */
	private static final class RunGroup extends JobGroup {

		RunGroup(int width) {
			super(Messages.LocalRuns_group, width, 0);
		}

		@Override
		protected boolean shouldCancel(IStatus lastCompletedJobResult, int numberOfFailedJobs, int numberOfCanceledJobs) {
			return false;
		}

		@Override
		protected MultiStatus computeGroupResult(List<IStatus> jobResults) {
			return new MultiStatus(RunsUI.PLUGIN_ID, IStatus.OK, Messages.LocalRuns_group, null);
		}
	}

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
			public void done(IJobChangeEvent event) {
				// a run cancelled before it started never ran: end its record here
				if (!record.snapshot().state().isFinal()) {
					finished(record, event.getResult());
				}
			}
		});
		updateQueue();
		// scheduled outside the lock: job listeners of other runs take it
		job.schedule();
		return job;
	}

	private JobGroup group() {
		int size = WorkbenchPreferences.parallelJobs();
		if (group == null || size != groupSize) {
			group = new RunGroup(size);
			groupSize = size;
		}
		return group;
	}

	/** Called by the run as its first step. */
	void started(RunRecord record) {
		synchronized (this) {
			running++;
		}
		record.state(RunState.RUNNING, null);
		changed(record);
		updateQueue();
	}

	/** Called by the run as its last step (or for a run that never started, when its job is done). */
	void finished(RunRecord record, IStatus result) {
		synchronized (this) {
			if (record.snapshot().state() == RunState.RUNNING) {
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
		updateQueue();
	}

	/**
	 * Marks the runs that have not started: the oldest ones that fit into the
	 * free slots are queued, the others wait, with the reason.
	 */
	private void updateQueue() {
		List<RunRecord> changedRecords = new ArrayList<>();
		synchronized (this) {
			int free = Math.max(0, groupSize - running);
			String reason = NLS.bind(Messages.LocalRuns_waitingForSlot, groupSize);
			for (int i = records.size() - 1; i >= 0; i--) {
				RunRecord record = records.get(i);
				RunRecord.Snapshot now = record.snapshot();
				if (now.state() != RunState.QUEUED && now.state() != RunState.WAITING) {
					continue;
				}
				RunState state = free > 0 ? RunState.QUEUED : RunState.WAITING;
				free--;
				String why = state == RunState.WAITING ? reason : null;
				if (state != now.state() || !Objects.equals(why, now.reason())) {
					record.state(state, why);
					changedRecords.add(record);
				}
			}
		}
		changedRecords.forEach(this::changed);
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
