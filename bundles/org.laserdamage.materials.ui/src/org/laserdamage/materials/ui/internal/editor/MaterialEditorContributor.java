package org.laserdamage.materials.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Wires the workbench's Undo and Redo (Edit menu, Ctrl+Z, Ctrl+Shift+Z) to the
 * operation history of the active material editor. The material editors
 * share one set of action bars, so the handlers follow the active editor.
 */
public final class MaterialEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		MaterialEditor editor = part instanceof MaterialEditor material ? material : null;
		IActionBars bars = getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.undoAction());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.redoAction());
		bars.updateActionBars();
	}
}
