package org.laserdamage.runs.ui.internal.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobLogs;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.LocalRuns;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;

/** What the Jobs view can do with its jobs; each action says why when it cannot. */
public final class JobActions {

	public static final String CANCEL = "cancel"; //$NON-NLS-1$
	public static final String RERUN = "rerun"; //$NON-NLS-1$
	public static final String OPEN_RESULTS = "openResults"; //$NON-NLS-1$
	public static final String OPEN_LOG = "openLog"; //$NON-NLS-1$
	public static final String REMOVE_FINISHED = "removeFinished"; //$NON-NLS-1$

	private final Supplier<List<Job>> selection;
	private final Supplier<Shell> shell;

	JobActions(Supplier<List<Job>> selection, Supplier<Shell> shell) {
		this.selection = selection;
		this.shell = shell;
	}

	boolean enabled(String action, List<Job> shown) {
		List<Job> selected = selection.get();
		return switch (action) {
		case CANCEL -> selected.stream().anyMatch(j -> !j.state().isFinal());
		case RERUN -> selected.size() == 1 && selected.get(0).state().isFinal();
		case OPEN_RESULTS -> selected.stream().anyMatch(j -> j.state() == RunState.SUCCEEDED && j.result() != null);
		case OPEN_LOG -> selected.size() == 1 && selected.get(0).attempt() > 0;
		case REMOVE_FINISHED -> shown.stream().anyMatch(j -> j.state().isFinal());
		default -> false;
		};
	}

	/** Cancels the selected jobs that have not ended, in this process or (by a request in the store) in another. */
	void cancel() {
		for (Job job : selection.get()) {
			if (job.state().isFinal()) {
				continue;
			}
			try {
				JobRunner runner = WorkbenchJobs.runner();
				runner.cancel(job.id());
				if (job.owner() != null && !job.owner().equals(ProcessIdentity.current())) {
					runner.store().requestCancel(job.id());
				}
			} catch (CoreException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		}
	}

	/**
	 * Runs the selected job's frozen study again with its solver, options and place:
	 * as a run of its workspace study when it came from one (results beside it), else
	 * as a job of its own.
	 */
	void rerun() {
		List<Job> selected = selection.get();
		if (selected.size() != 1) {
			return;
		}
		Job job = selected.get(0);
		Optional<IFile> origin = WorkbenchJobs.origin(job.id()).filter(IFile::exists);
		if (origin.isPresent()) {
			LocalRuns.getDefault().rerun(origin.get(), job.id(), false);
			return;
		}
		org.eclipse.core.runtime.jobs.Job submit = new org.eclipse.core.runtime.jobs.Job(
				NLS.bind(Messages.Jobs_rerunning, job.studyName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					JobRunner runner = WorkbenchJobs.runner();
					runner.submit(runner.store().study(job.id()), runner.store().materials(job.id()), job.spec());
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return RunsUI.JOB_FAMILY.equals(family);
			}
		};
		submit.schedule();
	}

	/** Opens the Results editor of each selected job that succeeded. */
	void openResults() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		for (Job job : selection.get()) {
			if (job.state() == RunState.SUCCEEDED && job.result() != null) {
				try {
					ResultsUI.open(window.getActivePage(), job.result());
				} catch (PartInitException e) {
					StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
				}
			}
		}
	}

	/** Shows the selected job's solver log ({@value JobLogs#SOLVER_LOG}), or what the job kept of it. */
	void openLog() {
		List<Job> selected = selection.get();
		if (selected.size() != 1) {
			return;
		}
		Job job = selected.get(0);
		try {
			Optional<Path> log = solverLog(job);
			String text = log.isPresent() ? Files.readString(log.get(), StandardCharsets.UTF_8)
					: !job.log().isBlank() ? job.log() : NLS.bind(Messages.Jobs_noLog, job.spec().solverId());
			new LogDialog(shell.get(), NLS.bind(Messages.Jobs_logTitle, job.studyName(), job.id()),
					log.map(Path::toString).orElse(""), text).open(); //$NON-NLS-1$
		} catch (IOException | CoreException e) {
			MessageDialog.openError(shell.get(), Messages.Jobs_openLog, e.getMessage());
		}
	}

	/** @return the solver log of the job's last attempt: in its published run, its attempt folder or kept partial results */
	static Optional<Path> solverLog(Job job) throws CoreException {
		List<Path> candidates = new ArrayList<>();
		if (job.result() != null) {
			candidates.add(job.result().resolve(JobLogs.SOLVER_LOG));
		}
		Path attempt = WorkbenchJobs.runner().store().attemptFolder(job.id(), job.attempt());
		candidates.add(attempt.resolve(JobLogs.SOLVER_LOG));
		Path parent = attempt.getParent();
		if (Files.isDirectory(parent)) {
			try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
					p -> p.getFileName().toString().startsWith(attempt.getFileName() + "."))) { //$NON-NLS-1$
				siblings.forEach(s -> candidates.add(s.resolve(JobLogs.SOLVER_LOG)));
			} catch (IOException e) {
				// no siblings to search
			}
		}
		return candidates.stream().filter(Files::isRegularFile).findFirst();
	}

	/** Removes the finished jobs among {@code shown} (with their folders in the job list), after asking. */
	void removeFinished(List<Job> shown) {
		List<Job> finished = shown.stream().filter(j -> j.state().isFinal()).toList();
		if (finished.isEmpty() || !MessageDialog.openConfirm(shell.get(), Messages.Jobs_removeFinished,
				NLS.bind(Messages.Jobs_removeConfirm, finished.size()))) {
			return;
		}
		for (Job job : finished) {
			try {
				WorkbenchJobs.store().remove(job.id());
			} catch (CoreException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		}
	}
}
