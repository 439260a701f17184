package org.laserdamage.runs.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Runs the study of the active study editor, or else the study file selected
 * in a view. A study with errors does not run: the errors are shown instead
 * of starting a run that would fail. An editor with unsaved changes is saved
 * first (after asking): what runs is always what is on disk.
 */
public final class RunStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		IFile study = studyOf(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (study == null || page == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.RunHandler_title,
					Messages.RunHandler_noStudy);
			return null;
		}
		IEditorPart editor = page.findEditor(new org.eclipse.ui.part.FileEditorInput(study));
		List<String> errors = LaunchCheck.errors(study, editor != null);
		if (!errors.isEmpty()) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.RunHandler_title,
					LaunchCheck.message(study, errors));
			return null;
		}
		if (editor != null && editor.isDirty()) {
			if (!MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), Messages.RunHandler_title,
					NLS.bind(Messages.RunHandler_saveFirst, study.getName()))) {
				return null;
			}
			if (!page.saveEditor(editor, false) || editor.isDirty()) {
				return null;
			}
		}
		RunsUI.run(study, true);
		return null;
	}

	/** @return the study to run: the active study editor's, else the selected one, else the active editor's */
	public static IFile studyOf(IWorkbenchPart activePart, ISelection selection, IEditorPart activeEditor) {
		if (activePart instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null && StudyRuns.isStudy(file)) {
				return file;
			}
		}
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && StudyRuns.isStudy(file)) {
				return file;
			}
		}
		if (activeEditor != null) {
			IFile file = Adapters.adapt(activeEditor.getEditorInput(), IFile.class);
			if (file != null && StudyRuns.isStudy(file)) {
				return file;
			}
		}
		return null;
	}
}
