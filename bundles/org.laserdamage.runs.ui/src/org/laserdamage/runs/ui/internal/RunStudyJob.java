package org.laserdamage.runs.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
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
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.UiThread;

/**
 * Runs one saved study file: the workbench's wrapper of
 * {@link RunStudyOperation}. It reads the materials, prepares and runs the
 * study in this job's thread (never the UI thread), reports progress to the
 * Progress view and the status line and a line per tenth to the runs console,
 * honours cancellation, refreshes the run folder in the workspace and opens
 * the results when the run succeeded.
 */
final class RunStudyJob extends Job {

	private final IFile study;
	private final RunRecord record;
	private final boolean openResults;
	private final LocalRuns runs;

	RunStudyJob(IFile study, RunRecord record, boolean openResults, LocalRuns runs) {
		super(NLS.bind(Messages.RunJob_name, study.getName()));
		this.study = study;
		this.record = record;
		this.openResults = openResults;
		this.runs = runs;
		setUser(false);
		setPriority(LONG);
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		// a failed run is reported in the console, the Runs monitor and the Progress view, not by a dialog
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		setProperty(IProgressConstants.ICON_PROPERTY, Activator.imageDescriptor("icons/run.png")); //$NON-NLS-1$
	}

	@Override
	public boolean belongsTo(Object family) {
		return RunsUI.JOB_FAMILY.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		runs.started(record);
		IStatus result = Status.CANCEL_STATUS;
		try {
			result = execute(monitor);
			return result;
		} finally {
			// the record ends before the job frees its slot, so no two runs of a one-slot queue overlap
			runs.finished(record, result);
			monitor.done();
		}
	}

	private IStatus execute(IProgressMonitor monitor) {
		RunConsole console = new RunConsole(study.getName());
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		IFolder runFolder = null;
		try {
			IPath location = study.getLocation();
			if (location == null) {
				throw new CoreException(Status.error(NLS.bind(Messages.RunJob_notLocal, study.getFullPath())));
			}
			runFolder = StudyRuns.newRun(study, Instant.now());
			Path studyPath = location.toPath();
			Path out = runFolder.getLocation().toPath();
			record.runDirectory(out);
			runs.changed(record);
			console.info(NLS.bind(Messages.RunJob_started, study.getFullPath(), runFolder.getFullPath()));
			IMaterialLibrary library = materials(console);
			progress.worked(2);
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(studyPath, List.of(), library);
			prepared.warnings()
					.forEach(w -> console.info(Messages.RunJob_warning + DisplayUnits.current().temperaturesIn(w)));
			RunStudyOperation operation = new RunStudyOperation(prepared.study(), studyPath, out, library,
					prepared.warnings());
			RunStudyOperation.Outcome outcome = operation
					.execute(new ConsoleProgress(progress.split(98), console));
			outcome.messages().forEach(console::info);
			report(outcome.summary(), console, prepared.warnings());
			setProperty(IProgressConstants.ACTION_PROPERTY, openAction(out));
			if (openResults) {
				openResults(out);
			}
			return Status.info(NLS.bind(Messages.RunJob_done, study.getName(), runFolder.getFullPath()));
		} catch (OperationCanceledException e) {
			console.info(e.getMessage() == null ? Messages.RunJob_cancelled : e.getMessage());
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			// the job framework logs the returned error and lists it in the Progress view
			console.error(e.getStatus().getMessage());
			console.show();
			return RunStatus.isInvalidInput(e.getStatus())
					? Status.error(NLS.bind(Messages.RunJob_invalid, study.getName(), e.getStatus().getMessage()))
					: e.getStatus();
		} catch (IOException | RuntimeException e) {
			console.error(NLS.bind(Messages.RunJob_failed, study.getName(), String.valueOf(e.getMessage())));
			console.show();
			return Status.error(NLS.bind(Messages.RunJob_failed, study.getName(), String.valueOf(e.getMessage())), e);
		} finally {
			if (runFolder != null) {
				StudyRuns.releaseIfEmpty(runFolder);
				refresh(runFolder, null);
			}
		}
	}

	/** The materials the Materials view shows; outside a workbench the database's snapshot. */
	private static IMaterialLibrary materials(RunConsole console) throws CoreException {
		try {
			return WorkbenchMaterials.library(p -> console.info(Messages.RunJob_warning + p.getMessage()));
		} catch (MaterialStoreException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	private static void report(RunSummary summary, RunConsole console, List<String> knownWarnings) {
		summary.warnings().stream().filter(w -> !knownWarnings.contains(w))
				.forEach(w -> console.info(Messages.RunJob_warning + DisplayUnits.current().temperaturesIn(w)));
		SummaryLines.of(summary, DisplayUnits.current()).forEach(console::info);
		console.info(NLS.bind(Messages.RunJob_finished, String.format(Locale.ROOT, "%.2f", summary.wallTime()), //$NON-NLS-1$
				summary.steps()));
	}

	/** Makes the run's files (and any kept partial results) visible in the workspace. */
	private static void refresh(IFolder runFolder, IProgressMonitor monitor) {
		try {
			runFolder.getParent().refreshLocal(IResource.DEPTH_INFINITE, monitor);
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

	private static void openResults(Path runDirectory) {
		if (!PlatformUI.isWorkbenchRunning()) {
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
