package org.laserdamage.runs.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.UiThread;

/**
 * Follows one job of the job model that runs a workspace study: it submits the
 * job to the workbench's {@link JobRunner} (never running the solver itself),
 * shows its state and progress in the Progress view, the status line and the
 * runs console, passes a cancel on to the runner, and when the job ends
 * copies its results (or kept partial results) into a new folder of
 * {@link StudyRuns#runsFolder(IFile)}, refreshes it and opens the results.
 */
final class RunStudyJob extends Job {

	/** Submits the job (in the follower's thread, never the UI thread). */
	interface Submission {
		org.laserdamage.jobs.Job submit(JobRunner runner, RunConsole console) throws CoreException;
	}

	private static final long POLL_MILLIS = 250;
	/** How often the store is read when no change was heard: a listener event cannot be missed for long. */
	private static final long RECHECK_MILLIS = 2000;

	private final IFile study;
	private final Submission submission;
	private final RunRecord record;
	private final boolean openResults;
	private final LocalRuns runs;

	RunStudyJob(IFile study, Submission submission, RunRecord record, boolean openResults, LocalRuns runs) {
		super(NLS.bind(Messages.RunJob_name, study.getName()));
		this.study = study;
		this.submission = submission;
		this.record = record;
		this.openResults = openResults;
		this.runs = runs;
		setUser(false);
		setPriority(LONG);
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		// a failed run is reported in the console, the Jobs view and the Progress view, not by a dialog
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		setProperty(IProgressConstants.ICON_PROPERTY, Activator.imageDescriptor("icons/run.png")); //$NON-NLS-1$
	}

	/** @return a submission of the saved study file as {@code choice} says, its materials from the library */
	static Submission fromFile(IFile study, RunChoice choice) {
		return (runner, console) -> {
			IPath location = study.getLocation();
			if (location == null) {
				throw RunStatus.invalid(NLS.bind(Messages.RunJob_notLocal, study.getFullPath()));
			}
			IMaterialLibrary library = materials(console);
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(location.toPath(), List.of(), library);
			prepared.warnings()
					.forEach(w -> console.info(Messages.RunJob_warning + DisplayUnits.current().temperaturesIn(w)));
			String own = prepared.study().getSolver() == null ? null : prepared.study().getSolver().getSolverId();
			return runner.submit(prepared.study(), library, choice.spec(own));
		};
	}

	/** @return a submission of the study and materials frozen with job {@code id}, with its spec */
	static Submission again(String id) {
		return (runner, console) -> {
			org.laserdamage.jobs.Job old = runner.store().find(id)
					.orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.RunJob_gone, id)));
			return runner.submit(runner.store().study(id), runner.store().materials(id), old.spec());
		};
	}

	@Override
	public boolean belongsTo(Object family) {
		return RunsUI.JOB_FAMILY.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RunConsole console = new RunConsole(study.getName());
		monitor.beginTask(getName(), 100);
		BlockingQueue<org.laserdamage.jobs.Job> updates = new LinkedBlockingQueue<>();
		Consumer<org.laserdamage.jobs.Job> listener = updates::add;
		JobRunner runner;
		try {
			WorkbenchJobs.addListener(listener);
			runner = WorkbenchJobs.runner();
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			org.laserdamage.jobs.Job job = submission.submit(runner, console);
			record.jobId(job.id());
			WorkbenchJobs.setOrigin(job.id(), study);
			console.info(NLS.bind(Messages.RunJob_submitted,
					new Object[] { study.getFullPath(), job.spec().solverId(), job.spec().place(), job.id() }));
			org.laserdamage.jobs.Job last = follow(runner, job, updates, monitor, console);
			return finish(runner, last, console);
		} catch (CoreException e) {
			console.error(e.getStatus().getMessage());
			console.show();
			return RunStatus.isInvalidInput(e.getStatus())
					? Status.error(NLS.bind(Messages.RunJob_invalid, study.getName(), e.getStatus().getMessage()))
					: e.getStatus();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			String message = NLS.bind(Messages.RunJob_failed, study.getName(), String.valueOf(e.getMessage()));
			console.error(message);
			console.show();
			return Status.error(message, e);
		} finally {
			WorkbenchJobs.removeListener(listener);
			monitor.done();
		}
	}

	/** Mirrors the job into the record and the monitor until it ends; a cancelled monitor cancels it. */
	private org.laserdamage.jobs.Job follow(JobRunner runner, org.laserdamage.jobs.Job submitted,
			BlockingQueue<org.laserdamage.jobs.Job> updates, IProgressMonitor monitor, RunConsole console)
			throws CoreException, InterruptedException {
		org.laserdamage.jobs.Job job = submitted;
		Instant start = Instant.now();
		int reported = 0;
		int tenth = 0;
		boolean cancelAsked = false;
		long quiet = 0;
		apply(runner, job);
		while (!job.state().isFinal()) {
			if (monitor.isCanceled() && !cancelAsked) {
				cancelAsked = true;
				runner.cancel(job.id());
			}
			org.laserdamage.jobs.Job next = updates.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
			if (next == null) {
				quiet += POLL_MILLIS;
				if (quiet >= RECHECK_MILLIS) {
					quiet = 0;
					next = runner.store().find(job.id()).orElse(null);
				}
			}
			if (next == null || !next.id().equals(job.id())) {
				continue;
			}
			quiet = 0;
			job = next;
			apply(runner, job);
			int percent = (int) Math.round(100 * job.progress());
			if (job.state() == RunState.RUNNING || job.state() == RunState.SUCCEEDED) {
				if (percent > reported) {
					monitor.worked(percent - reported);
					reported = percent;
				}
				int now = percent / 10;
				if (now > tenth) {
					tenth = now;
					console.info(NLS.bind(Messages.Console_progress, now * 10,
							Duration.between(start, Instant.now()).toSeconds()));
				}
			}
			monitor.subTask(job.reason());
		}
		return job;
	}

	/** Shows the job's state in the record; a running attempt's folder is where its results grow. */
	private void apply(JobRunner runner, org.laserdamage.jobs.Job job) {
		if (!job.state().isFinal()) {
			record.state(job.state(), job.reason());
			if (job.state() == RunState.RUNNING) {
				record.times(job.started(), null);
			}
			if (job.state() == RunState.RUNNING && job.attempt() > 0) {
				record.runDirectory(runner.store().attemptFolder(job.id(), job.attempt()));
			}
			runs.changed(record);
		}
	}

	private IStatus finish(JobRunner runner, org.laserdamage.jobs.Job job, RunConsole console) throws IOException {
		IFolder copied = null;
		if (job.attempt() > 0) {
			copied = ResultCopy.beside(study, runner.store().attemptFolder(job.id(), job.attempt()), job.result(),
					job.started() == null ? Instant.now() : job.started());
			refresh(copied);
		}
		Path out = copied == null ? null : copied.getLocation().toPath();
		record.runDirectory(out);
		record.times(job.started(), job.ended());
		switch (job.state()) {
		case SUCCEEDED -> {
			report(out, console);
			setProperty(IProgressConstants.ACTION_PROPERTY, openAction(out));
			if (openResults) {
				openResults(out);
			}
			return Status.info(NLS.bind(Messages.RunJob_done, study.getName(), copied.getFullPath()));
		}
		case CANCELLED -> {
			console.info(job.reason().isBlank() ? Messages.RunJob_cancelled : job.reason());
			return Status.CANCEL_STATUS;
		}
		default -> {
			String message = NLS.bind(Messages.RunJob_failed, study.getName(), job.reason());
			console.error(message);
			if (!job.log().isBlank()) {
				console.error(job.log());
			}
			console.show();
			return Status.error(message);
		}
		}
	}

	/** The materials the Materials view shows; outside a workbench the database's snapshot. */
	private static IMaterialLibrary materials(RunConsole console) throws CoreException {
		try {
			return WorkbenchMaterials.library(p -> console.info(Messages.RunJob_warning + p.getMessage()));
		} catch (MaterialStoreException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
	}

	private static void report(Path runDirectory, RunConsole console) throws IOException {
		RunSummary summary = SummaryJson.read(runDirectory.resolve(RunDirectory.SUMMARY));
		summary.warnings()
				.forEach(w -> console.info(Messages.RunJob_warning + DisplayUnits.current().temperaturesIn(w)));
		SummaryLines.of(summary, DisplayUnits.current()).forEach(console::info);
		console.info(NLS.bind(Messages.RunJob_finished, String.format(Locale.ROOT, "%.2f", summary.wallTime()), //$NON-NLS-1$
				summary.steps()));
	}

	/** Makes the run's files visible in the workspace. */
	private static void refresh(IFolder runFolder) {
		if (runFolder == null) {
			return;
		}
		try {
			runFolder.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			ILog.of(RunStudyJob.class).log(e.getStatus());
		}
	}

	private static Action openAction(Path runDirectory) {
		Action action = new Action(Messages.RunJob_openResults) {
			@Override
			public void run() {
				openResults(runDirectory);
			}
		};
		action.setToolTipText(runDirectory.toString());
		return action;
	}

	/** Opens the Results editor of {@code runDirectory} in the active page (any thread). */
	static void openResults(Path runDirectory) {
		if (!PlatformUI.isWorkbenchRunning() || runDirectory == null) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		UiThread.asyncExec(display, () -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			try {
				ResultsUI.open(page, runDirectory);
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		});
	}
}
