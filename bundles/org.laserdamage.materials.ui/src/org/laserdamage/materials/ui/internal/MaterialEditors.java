package org.laserdamage.materials.ui.internal;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.ui.MaterialEditorInput;
import org.laserdamage.materials.ui.MaterialsUI;

/** Opens materials in the material editor, reporting a failure to the user. */
public final class MaterialEditors {

	private MaterialEditors() {
	}

	/** Opens (or activates) the editor of the newest version of {@code material}. */
	public static void open(IWorkbenchPage page, Material material) {
		open(page, MaterialEditorInput.editable(material));
	}

	/** Opens exactly this version of a material, read-only. */
	public static void openReadOnly(IWorkbenchPage page, Material version) {
		open(page, MaterialEditorInput.readOnly(version));
	}

	private static void open(IWorkbenchPage page, MaterialEditorInput input) {
		try {
			page.openEditor(input, MaterialsUI.MATERIAL_EDITOR);
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.MaterialEditors_openFailed, null,
					e.getStatus());
		}
	}
}
