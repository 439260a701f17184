package org.laserdamage.study.ui.internal.editor;

import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Wires the workbench's Undo and Redo to the command stack of the active study editor. */
public final class StudyEditorContributor extends EditorActionBarContributor {

	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();

	@Override
	public void setActiveEditor(IEditorPart editor) {
		IEditingDomainProvider provider = editor instanceof IEditingDomainProvider p ? p : null;
		undo.setCommandStack(provider == null ? null : provider.getEditingDomain().getCommandStack());
		redo.setCommandStack(provider == null ? null : provider.getEditingDomain().getCommandStack());
		IActionBars bars = getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	@Override
	public void dispose() {
		undo.setCommandStack(null);
		redo.setCommandStack(null);
		super.dispose();
	}
}
