package org.laserdamage.backup.ui.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.ui.BackupUI;

/**
 * Scheduled backups of the workbench's own data: a background job that looks
 * every few minutes whether the preferences turn them on and the newest
 * verified set in the destination is older than the interval, and then
 * writes one (everything: databases, projects, preferences), prunes by the
 * retention and tells the webhook. A failure is logged (Error Log) and
 * tried again at the next look.
 */
public final class ScheduledBackups extends Job {

	/** Between two looks. */
	static final Duration LOOK_EVERY = Duration.ofMinutes(5);
	/** The job family, to find or join it. */
	public static final Object FAMILY = ScheduledBackups.class;

	private static ScheduledBackups instance;
	private volatile String last = Messages.Schedule_none;

	/** Starts the looks when the workbench has started. */
	public static final class Startup implements IStartup {
		@Override
		public void earlyStartup() {
			start();
		}
	}

	private ScheduledBackups() {
		super(Messages.Schedule_job);
		setSystem(false);
		setPriority(DECORATE);
	}

	/** Starts the looks (once); the first look is at once. */
	public static synchronized ScheduledBackups start() {
		if (instance == null) {
			instance = new ScheduledBackups();
			instance.schedule();
		}
		return instance;
	}

	/** Looks now instead of at the next turn (after the preferences change). */
	public static synchronized void lookNow() {
		ScheduledBackups job = start();
		job.wakeUp(); // sleeping until the next look: now (schedule() leaves a sleeping job as it is)
		job.schedule(); // not scheduled (it ended): again; running: once more when it ends
	}

	/** @return what the last look did, for the preference page */
	public String last() {
		return last;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return whether a scheduled backup is due at {@code now}, given the newest verified set */
	static boolean due(boolean scheduled, int intervalHours, Optional<BackupSet> latest, Instant now) {
		return scheduled && (latest.isEmpty() || !latest.get().time().plus(Duration.ofHours(intervalHours)).isAfter(now));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Path destination = BackupSettings.destination();
			if (due(BackupSettings.scheduled(), BackupSettings.intervalHours(), new Backups(destination).latestGood(),
					Instant.now())) {
				WorkbenchData.Outcome outcome = WorkbenchData.backUp(WorkbenchData.allParts(), destination, false, true,
						monitor);
				last = NLS.bind(Messages.Schedule_done, outcome.set().id(), outcome.set().folder());
				ILog.of(ScheduledBackups.class).info(last);
			}
		} catch (CoreException e) {
			last = NLS.bind(Messages.Schedule_failed, e.getStatus().getMessage());
			ILog.of(ScheduledBackups.class).log(Status.error(last, e));
		} catch (OperationCanceledException e) {
			last = Messages.Schedule_cancelled;
		} finally {
			schedule(LOOK_EVERY.toMillis());
		}
		return Status.OK_STATUS;
	}

	@Override
	public String toString() {
		return BackupUI.PLUGIN_ID + " scheduled backups"; //$NON-NLS-1$
	}
}
