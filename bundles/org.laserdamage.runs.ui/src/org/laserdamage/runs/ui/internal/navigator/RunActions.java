package org.laserdamage.runs.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.DeleteResourcesOperation;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * The navigator's context menu entries for runs: open report.html, open the
 * run folder, compare two runs, delete runs (confirmed, undoable), copy the
 * path.
 */
final class RunActions {

	private final Shell shell;

	RunActions(Shell shell) {
		this.shell = shell;
	}

	/** Adds the entries that fit {@code selection} to {@code menu}. */
	void fill(IMenuManager menu, IStructuredSelection selection) {
		List<Path> runs = runs(selection);
		List<Path> paths = paths(selection);
		if (!runs.isEmpty()) {
			Path comparison = runs.get(0).resolve(org.laserdamage.report.ComparisonReport.HTML);
			Path report = Files.isRegularFile(comparison) ? comparison : runs.get(0).resolve(RunDirectory.REPORT);
			menu.add(action(Messages.Action_openReport, runs.size() == 1 && Files.isRegularFile(report),
					() -> open(External.Kind.REPORT, report)));
			menu.add(action(Messages.Action_openFolder, runs.size() == 1,
					() -> open(External.Kind.FOLDER, runs.get(0))));
			menu.add(action(Messages.Action_compare, runs.size() == 2 && paths.size() == 2,
					() -> compare(runs.get(0), runs.get(1))));
			menu.add(new Separator());
			List<IResource> folders = runFolders(selection);
			menu.add(action(Messages.Action_delete, folders.size() == paths.size(), () -> delete(folders)));
		}
		if (!paths.isEmpty()) {
			menu.add(action(Messages.Action_copyPath, true, () -> copy(paths)));
		}
	}

	private static Action action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	private void open(External.Kind kind, Path path) {
		if (!External.open(kind, path)) {
			MessageDialog.openInformation(shell, Messages.Action_openFailedTitle,
					NLS.bind(Messages.Action_openFailed, path));
		}
	}

	private void compare(Path first, Path second) {
		try {
			ResultsUI.compare(shell, first, second);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Action_compareFailedTitle, NLS.bind(Messages.Action_compareFailed, e.getMessage()));
		}
	}

	private void copy(List<Path> paths) {
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			String text = paths.stream().map(Path::toString).collect(Collectors.joining(System.lineSeparator()));
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Deletes runs after a confirmation, as an undoable workspace operation
	 * (Edit &gt; Undo brings them back, the navigator follows the resource
	 * events). Not the workbench's Delete: with the refactoring bundles present
	 * that opens a refactoring wizard instead of a plain confirmation.
	 */
	private void delete(List<IResource> folders) {
		String question = folders.size() == 1 ? NLS.bind(Messages.Action_deleteOne, folders.get(0).getName())
				: NLS.bind(Messages.Action_deleteMany, folders.size());
		MessageDialog confirm = new MessageDialog(shell, Messages.Action_deleteTitle, null, question,
				MessageDialog.QUESTION, 1, Messages.Action_deleteButton, IDialogConstants.CANCEL_LABEL);
		if (confirm.open() != 0) {
			return;
		}
		DeleteResourcesOperation operation = new DeleteResourcesOperation(folders.toArray(IResource[]::new),
				Messages.Action_deleteTitle, false);
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null,
					WorkspaceUndoUtil.getUIInfoAdapter(shell));
		} catch (ExecutionException e) {
			MessageDialog.openError(shell, Messages.Action_deleteTitle, NLS.bind(Messages.Action_deleteFailed, e.getMessage()));
		}
	}

	/** @return whether {@code selection} holds runs and nothing else (they get Delete Run instead of Delete) */
	static boolean onlyRuns(IStructuredSelection selection) {
		return !selection.isEmpty() && runFolders(selection).size() == selection.size();
	}

	private static List<IResource> runFolders(IStructuredSelection selection) {
		List<IResource> folders = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof IFolder run && StudyRuns.isRun(run)) {
				folders.add(run);
			}
		}
		return folders;
	}

	/** @return the locations of the selected run folders (finished or not), in selection order */
	private static List<Path> runs(IStructuredSelection selection) {
		List<Path> runs = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof IFolder run && StudyRuns.isRun(run) && run.getLocation() != null) {
				runs.add(run.getLocation().toPath());
			}
		}
		return runs;
	}

	private static List<Path> paths(IStructuredSelection selection) {
		List<Path> paths = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof IResource resource && resource.getLocation() != null) {
				paths.add(resource.getLocation().toPath());
			}
		}
		return paths;
	}
}
