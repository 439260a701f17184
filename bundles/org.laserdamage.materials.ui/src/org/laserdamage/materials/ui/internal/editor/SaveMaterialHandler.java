package org.laserdamage.materials.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;

/**
 * Save (Ctrl+S) while a material editor is active: enabled only when the
 * editor has valid changes, so an invalid draft cannot be saved.
 */
final class SaveMaterialHandler extends AbstractHandler {

	private final IEditorPart editor;

	SaveMaterialHandler(IEditorPart editor) {
		this.editor = editor;
		setBaseEnabled(false);
	}

	void update(boolean canSave) {
		if (canSave != isEnabled()) {
			setBaseEnabled(canSave);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		editor.getSite().getPage().saveEditor(editor, false);
		return null;
	}
}
