package org.laserdamage.runs.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Study &gt; Validate Study: checks the study of the active study editor, or
 * else the study file selected in a view, the way Run Study does before it
 * starts a run (the editor's state when an editor has it open, else the file),
 * and says in a dialog whether it is valid or lists its errors.
 */
public final class ValidateStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IFile study = RunStudyHandler.studyOf(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (study == null || page == null) {
			MessageDialog.openInformation(shell, Messages.ValidateHandler_title, Messages.ValidateHandler_noStudy);
			return null;
		}
		List<String> errors = LaunchCheck.errors(study, page.findEditor(new FileEditorInput(study)) != null);
		if (errors.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.ValidateHandler_title,
					NLS.bind(Messages.ValidateHandler_valid, study.getName()));
		} else {
			MessageDialog.openError(shell, Messages.ValidateHandler_title,
					NLS.bind(Messages.ValidateHandler_invalid, study.getName(), LaunchCheck.list(errors)));
		}
		return null;
	}
}
