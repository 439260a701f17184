package org.laserdamage.runs.ui.internal.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.report.RunComparison;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Runs {@link CompareSolversOperation} for a saved study into a new folder
 * of its runs ({@code <study>.runs/<time>-compare}), off the UI thread,
 * cancellable; the comparison's summary goes to the log of the job's
 * result and the folder is refreshed so the navigator shows it.
 */
public final class CompareSolversJob extends Job {

	private final IFile study;
	private final List<String> solverIds;
	private volatile CompareSolversOperation.Outcome outcome;
	private volatile Path folder;

	public CompareSolversJob(IFile study, List<String> solverIds) {
		super(NLS.bind(Messages.Job_name, study.getName(), String.join(", ", //$NON-NLS-1$
				solverIds.stream().map(CompareSolversOperation::shortName).toList())));
		this.study = study;
		this.solverIds = List.copyOf(solverIds);
		setUser(true);
		setPriority(LONG);
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return RunsUI.JOB_FAMILY.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IFolder target = null;
		try {
			IMaterialLibrary library = WorkbenchMaterials.library(p -> ILog.of(CompareSolversJob.class).log(p));
			Path studyPath = study.getLocation().toPath();
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(studyPath, List.of(), library);
			target = newComparison(study, Instant.now());
			folder = target.getLocation().toPath();
			CompareSolversOperation operation = new CompareSolversOperation(prepared.study(), studyPath, List.of(),
					solverIds, folder, library);
			outcome = operation.execute(monitor);
			return Status.info(NLS.bind(Messages.Job_done, study.getName(), summary(outcome.comparison())));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return RunStatus.isInvalidInput(e.getStatus())
					? Status.error(NLS.bind(Messages.Job_invalid, study.getName(), e.getStatus().getMessage()))
					: e.getStatus();
		} catch (MaterialStoreException | IOException e) {
			return Status.error(NLS.bind(Messages.Job_failed, study.getName(), e.getMessage()), e);
		} finally {
			if (target != null) {
				StudyRuns.releaseIfEmpty(target);
				try {
					target.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
				} catch (CoreException e) {
					ILog.of(CompareSolversJob.class).log(e.getStatus());
				}
			}
		}
	}

	/** Claims {@code <study>.runs/<time>-compare}, next to the study's runs. */
	static IFolder newComparison(IFile study, Instant started) throws IOException {
		IFolder run = StudyRuns.newRun(study, started);
		IFolder comparison = run.getParent().getFolder(org.eclipse.core.runtime.IPath
				.fromPortableString(run.getName() + StudyRuns.COMPARISON_SUFFIX));
		java.nio.file.Files.move(run.getLocation().toPath(), comparison.getLocation().toPath());
		return comparison;
	}

	/** @return e.g. "melt-onset: calculix +0.65 %; melt-through: calculix +1.66 %" */
	static String summary(RunComparison comparison) {
		List<String> parts = new java.util.ArrayList<>();
		for (RunComparison.CriterionTimes c : comparison.criteria()) {
			List<String> differences = new java.util.ArrayList<>();
			for (int i = 1; i < c.times().length; i++) {
				double relative = c.relative(i);
				differences.add(comparison.runs().get(i).label() + ' ' + (Double.isFinite(relative)
						? String.format(java.util.Locale.ROOT, "%+.2f %%", 100 * relative) //$NON-NLS-1$
						: Messages.Job_notComparable));
			}
			parts.add(c.criterion() + ": " + String.join(", ", differences)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return parts.isEmpty() ? Messages.Job_noCriteria : String.join("; ", parts); //$NON-NLS-1$
	}

	/** @return the outcome once the job succeeded, else null */
	public CompareSolversOperation.Outcome outcome() {
		return outcome;
	}

	/** @return the folder the comparison writes, once the job has claimed it, else null */
	public Path folder() {
		return folder;
	}
}
