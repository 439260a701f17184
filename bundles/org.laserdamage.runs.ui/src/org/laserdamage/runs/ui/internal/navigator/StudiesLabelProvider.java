package org.laserdamage.runs.ui.internal.navigator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.laserdamage.runs.ui.StudyRuns;

/** Workbench labels for projects, folders and studies; runs by their start time and what became of them. */
final class StudiesLabelProvider extends LabelProvider {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

	private final WorkbenchLabelProvider workbench = new WorkbenchLabelProvider();

	@Override
	public String getText(Object element) {
		if (element instanceof IFolder run && StudyRuns.isRun(run)) {
			return runLabel(run);
		}
		return workbench.getText(element);
	}

	static String runLabel(IFolder run) {
		String name = run.getName();
		String when = name;
		if (name.length() >= 15) {
			try {
				LocalDateTime utc = LocalDateTime.parse(name.substring(0, 15), STAMP);
				when = ZonedDateTime.of(utc, ZoneOffset.UTC).withZoneSameInstant(java.time.ZoneId.systemDefault())
						.format(SHOWN);
			} catch (DateTimeParseException e) {
				when = name;
			}
		}
		return switch (StudyRuns.kind(run)) {
		case COMPLETE -> when;
		case FAILED -> when + ' ' + Messages.Label_failed;
		case CANCELLED -> when + ' ' + Messages.Label_cancelled;
		case PREVIOUS -> when + ' ' + Messages.Label_previous;
		case INCOMPLETE -> when + ' ' + Messages.Label_incomplete;
		case COMPARISON -> when + ' ' + Messages.Label_comparison;
		};
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof IFolder run && StudyRuns.isRun(run)) {
			String image = switch (StudyRuns.kind(run)) {
			case COMPLETE -> IDE.SharedImages.IMG_OBJS_TASK_TSK;
			case FAILED -> ISharedImages.IMG_OBJS_ERROR_TSK;
			case CANCELLED, PREVIOUS, INCOMPLETE -> ISharedImages.IMG_OBJS_WARN_TSK;
			case COMPARISON -> ISharedImages.IMG_OBJS_INFO_TSK;
			};
			return PlatformUI.getWorkbench().getSharedImages().getImage(image);
		}
		return workbench.getImage(element);
	}

	@Override
	public void dispose() {
		workbench.dispose();
		super.dispose();
	}
}
