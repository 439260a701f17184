package org.laserdamage.study.ui.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.validation.StudyValidator;
import org.laserdamage.study.ui.StudyUI;

/**
 * Keeps the study problem markers of one workspace file equal to the latest
 * validation result. Markers are written by a workspace job, never on the UI
 * thread; a newer result replaces one that was not written yet.
 */
public final class ProblemMarkers {

	/** Job family of the marker jobs, for tests and for shutdown. */
	public static final Object FAMILY = ProblemMarkers.class;

	private final IFile file;
	private final AtomicReference<List<Problem>> pending = new AtomicReference<>();
	private final WorkspaceJob job;

	public ProblemMarkers(IFile file) {
		this.file = file;
		this.job = new MarkerJob(file) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<Problem> problems = pending.getAndSet(null);
				if (problems != null && file.exists()) {
					write(file, problems);
				}
				return Status.OK_STATUS;
			}
		};
	}

	/** Replaces the markers with {@code problems} (soon, in a job). */
	public void update(List<Problem> problems) {
		pending.set(List.copyOf(problems));
		job.schedule();
	}

	/** Puts back the markers of the saved file, for when an editor closes without saving its changes. */
	public void revertToSaved(IMaterialLibrary library) {
		job.cancel();
		pending.set(null);
		new MarkerJob(file) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists() && file.getLocation() != null) {
					try {
						write(file, Problem.of(StudyValidator.validate(StudyIO.load(file.getLocation().toPath()), library)));
					} catch (StudyFormatException e) {
						write(file, List.of(new Problem(e.getMessage(), Diagnostic.ERROR, null, null, null)));
					}
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	private static void write(IFile file, List<Problem> problems) throws CoreException {
		file.deleteMarkers(StudyUI.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
		for (Problem problem : problems) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, problem.message());
			attributes.put(IMarker.SEVERITY, switch (problem.severity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
			case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			if (problem.path() != null) {
				attributes.put(IMarker.LOCATION, problem.path());
				attributes.put(StudyUI.MARKER_SETTING_PATH, problem.path());
			}
			file.createMarker(StudyUI.PROBLEM_MARKER, attributes);
		}
	}

	/** A system job of {@link #FAMILY} that writes the markers of one file. */
	private abstract static class MarkerJob extends WorkspaceJob {

		MarkerJob(IFile file) {
			super(NLS.bind(Messages.Markers_job, file.getName()));
			setSystem(true);
			setRule(file.getWorkspace().getRuleFactory().markerRule(file));
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
