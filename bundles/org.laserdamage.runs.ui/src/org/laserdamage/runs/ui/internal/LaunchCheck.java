package org.laserdamage.runs.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.validation.StudyValidator;

/**
 * What keeps a study from running, found before a run is queued so that a
 * doomed job never starts: the errors the study editor shows (its problem
 * markers, which follow the editor's unsaved state, unreadable field text
 * included), and for a study no editor has open the errors of the file on
 * disk. Materials are checked by the run itself: reading them may block.
 */
public final class LaunchCheck {

	/** How many problems the message lists. */
	private static final int LISTED = 8;

	private LaunchCheck() {
	}

	/**
	 * @param inEditor whether a study editor has the file open (its markers are then what counts)
	 * @return the error messages, empty when the study may run
	 */
	public static List<String> errors(IFile study, boolean inEditor) {
		Set<String> errors = new LinkedHashSet<>();
		if (!inEditor) {
			IPath location = study.getLocation();
			if (location != null && location.toFile().isFile()) {
				try {
					collect(StudyValidator.validate(StudyIO.load(location.toPath()), null), errors);
				} catch (StudyFormatException e) {
					errors.add(e.getMessage());
				}
			}
		}
		try {
			for (IMarker marker : study.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
					errors.add(marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$
				}
			}
		} catch (CoreException e) {
			// a file that is gone has no markers; the run reports that it is missing
		}
		return List.copyOf(errors);
	}

	private static void collect(Diagnostic diagnostic, Set<String> errors) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				errors.add(diagnostic.getMessage());
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, errors));
	}

	/** @return the message that says why {@code study} does not run, listing {@code errors} */
	public static String message(IFile study, List<String> errors) {
		return NLS.bind(Messages.RunHandler_invalid, study.getName(), list(errors));
	}

	/** @return {@code errors} as bullet lines, the first few of them */
	static String list(List<String> errors) {
		StringBuilder list = new StringBuilder();
		for (String error : errors.subList(0, Math.min(LISTED, errors.size()))) {
			list.append("\n\u2022 ").append(error); //$NON-NLS-1$
		}
		if (errors.size() > LISTED) {
			list.append('\n').append(NLS.bind(Messages.RunHandler_more, errors.size() - LISTED));
		}
		return list.toString();
	}
}
