package org.laserdamage.runs.ui.internal.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.laserdamage.runs.ui.internal.StudyCommand;
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
		Optional<StudyCommand> command = StudyCommand.prepare(event, Messages.Dialog_title, Messages.Handler_noStudy,
				Messages.Handler_saveFirst);
		if (command.isEmpty()) {
			return null;
		}
		IFile study = command.get().study();
		Shell shell = command.get().shell();
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
