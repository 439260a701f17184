package org.laserdamage.runs.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The start every command on a study shares (Compare Solvers, Submit to
 * Server): the active or selected study, refused with the reasons when it
 * cannot run, saved after asking when its editor has changes.
 *
 * @param study the study file, saved
 * @param page  the page the command ran in
 * @param shell the shell for the command's dialogs
 */
public record StudyCommand(IFile study, IWorkbenchPage page, Shell shell) {

	/**
	 * @param title     the title of the command's dialogs
	 * @param noStudy   the message when no study is active or selected
	 * @param saveFirst the question when the study has unsaved changes ({0}: the file name)
	 * @return the study to work on; empty when there is none, it cannot run or the user did not save it (the
	 *         user has been told)
	 */
	public static Optional<StudyCommand> prepare(ExecutionEvent event, String title, String noStudy, String saveFirst) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		Shell shell = HandlerUtil.getActiveShell(event);
		if ((shell == null || shell.isDisposed()) && page != null) {
			shell = page.getWorkbenchWindow().getShell(); // the active shell can be a dialog that just closed
		}
		IFile study = RunStudyHandler.studyOf(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (study == null || page == null) {
			MessageDialog.openInformation(shell, title, noStudy);
			return Optional.empty();
		}
		IEditorPart editor = page.findEditor(new FileEditorInput(study));
		List<String> errors = LaunchCheck.errors(study, editor != null);
		if (!errors.isEmpty()) {
			MessageDialog.openError(shell, title, LaunchCheck.message(study, errors));
			return Optional.empty();
		}
		if (editor != null && editor.isDirty() && (!MessageDialog.openConfirm(shell, title,
				NLS.bind(saveFirst, study.getName())) || !page.saveEditor(editor, false) || editor.isDirty())) {
			return Optional.empty();
		}
		return Optional.of(new StudyCommand(study, page, shell));
	}
}
