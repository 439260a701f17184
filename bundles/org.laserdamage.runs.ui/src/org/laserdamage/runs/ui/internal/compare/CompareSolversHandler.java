package org.laserdamage.runs.ui.internal.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.laserdamage.runs.ui.internal.LaunchCheck;
import org.laserdamage.runs.ui.internal.RunStudyHandler;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.SolverRegistry.SolverDescriptor;

/**
 * Study &gt; Compare Solvers…: runs the active or selected study on the
 * solvers the user checks (the study's own solver and CalculiX at first),
 * the first being the reference, into a comparison folder of its runs. An
 * invalid study or unsaved editor is handled as Run Study handles it.
 */
public final class CompareSolversHandler extends AbstractHandler {

	private static final String CALCULIX = "org.laserdamage.solver.calculix"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		IFile study = RunStudyHandler.studyOf(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (study == null || page == null) {
			MessageDialog.openInformation(shell, Messages.Dialog_title, Messages.Handler_noStudy);
			return null;
		}
		IEditorPart editor = page.findEditor(new FileEditorInput(study));
		List<String> errors = LaunchCheck.errors(study, editor != null);
		if (!errors.isEmpty()) {
			MessageDialog.openError(shell, Messages.Dialog_title, LaunchCheck.message(study, errors));
			return null;
		}
		if (editor != null && editor.isDirty()) {
			if (!MessageDialog.openConfirm(shell, Messages.Dialog_title,
					NLS.bind(Messages.Handler_saveFirst, study.getName()))
					|| !page.saveEditor(editor, false) || editor.isDirty()) {
				return null;
			}
		}
		List<SolverDescriptor> solvers = SolverRegistry.solvers();
		if (solvers.size() < 2) {
			MessageDialog.openInformation(shell, Messages.Dialog_title, Messages.Handler_oneSolver);
			return null;
		}
		CompareSolversDialog dialog = new CompareSolversDialog(shell, study.getName(), solvers,
				defaults(study, solvers));
		if (dialog.open() != Window.OK) {
			return null;
		}
		new CompareSolversJob(study, dialog.chosen()).schedule();
		return null;
	}

	/** @return the study's solver (or the first installed) and CalculiX when it is installed */
	private static Set<String> defaults(IFile study, List<SolverDescriptor> solvers) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(solvers.stream().anyMatch(s -> s.id().equals("org.laserdamage.solver.builtin")) //$NON-NLS-1$
				? "org.laserdamage.solver.builtin" //$NON-NLS-1$
				: solvers.get(0).id());
		if (solvers.stream().anyMatch(s -> s.id().equals(CALCULIX))) {
			ids.add(CALCULIX);
		}
		return ids;
	}
}
