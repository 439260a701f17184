package org.laserdamage.materials.ui;

import org.laserdamage.ui.LaserDamageUI;

/**
 * Ids of the materials user interface, for other UI bundles and tests.
 * <p>
 * <b>Drag and drop.</b> The Materials view is a drag source with
 * {@link org.eclipse.swt.dnd.TextTransfer} (text/plain). The text is the
 * dragged material's {@code materialId}, i.e. {@link org.laserdamage.materials.Material#id()}
 * such as {@code al-6061-t6}, and nothing else. A drop target (a study
 * layer) stores that id as a reference and resolves it in the material
 * library; it never copies the record. The view offers
 * {@link org.eclipse.swt.dnd.DND#DROP_COPY} and {@link org.eclipse.swt.dnd.DND#DROP_LINK}.
 */
public final class MaterialsUI {

	public static final String PLUGIN_ID = "org.laserdamage.materials.ui"; //$NON-NLS-1$
	/** The Materials view (kept from the first workbench, see {@link LaserDamageUI#MATERIALS_VIEW}). */
	public static final String MATERIALS_VIEW = LaserDamageUI.MATERIALS_VIEW;
	/** The material editor; its input is a {@link MaterialEditorInput}. */
	public static final String MATERIAL_EDITOR = "org.laserdamage.materials.ui.editors.material"; //$NON-NLS-1$
	/** Opens the material named by {@link #OPEN_COMMAND_MATERIAL_ID}, or else the selected material. */
	public static final String OPEN_COMMAND = "org.laserdamage.materials.ui.commands.open"; //$NON-NLS-1$
	/** Optional parameter of {@link #OPEN_COMMAND}: a material id. */
	public static final String OPEN_COMMAND_MATERIAL_ID = "org.laserdamage.materials.ui.commands.open.materialId"; //$NON-NLS-1$
	/**
	 * Event broker topic posted after the editor stored a new version; the
	 * event data is the stored {@link org.laserdamage.materials.Material}.
	 */
	public static final String TOPIC_MATERIAL_SAVED = "org/laserdamage/materials/saved"; //$NON-NLS-1$

	private MaterialsUI() {
	}
}
