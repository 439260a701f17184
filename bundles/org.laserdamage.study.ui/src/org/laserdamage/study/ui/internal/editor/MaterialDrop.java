package org.laserdamage.study.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Layer;
import org.laserdamage.model.StudyFactory;
import org.laserdamage.model.StudyPackage;

/**
 * Accepts a material id dragged as text/plain (what the Materials view drags)
 * onto the layers table: dropped on a layer it becomes that layer's material,
 * dropped elsewhere it adds a layer of that material. Either is one command.
 */
final class MaterialDrop extends ViewerDropAdapter {

	private final ListEditor layers;
	private final StudyEditor editor;

	private MaterialDrop(ListEditor layers, StudyEditor editor) {
		super(layers.viewer());
		this.layers = layers;
		this.editor = editor;
		setFeedbackEnabled(false);
	}

	/** Makes the layers table a drop target. */
	static void install(ListEditor layers, StudyEditor editor) {
		layers.viewer().addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT,
				new Transfer[] { TextTransfer.getInstance() }, new MaterialDrop(layers, editor));
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		if (event.detail == DND.DROP_DEFAULT) {
			event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_LINK;
		}
		super.dragEnter(event);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		return TextTransfer.getInstance().isSupportedType(transferType);
	}

	@Override
	public boolean performDrop(Object data) {
		return drop(getCurrentTarget(), data instanceof String text ? text : null);
	}

	/**
	 * @param target the layer dropped on, or null for the empty part of the table
	 * @param text   the dropped text: one material id
	 * @return whether the text was a material id and was applied
	 */
	boolean drop(Object target, String text) {
		String id = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (id.isEmpty() || id.length() > 200 || !id.matches("\\S+")) { //$NON-NLS-1$
			return false;
		}
		EditingDomain domain = editor.document().domain();
		if (target instanceof Layer layer) {
			Command command = SetCommand.create(domain, layer, StudyPackage.Literals.LAYER__MATERIAL_ID, id);
			domain.getCommandStack().execute(command);
		} else {
			Layer layer = StudyFactory.eINSTANCE.createLayer();
			Material material = editor.materials() == null ? null
					: editor.materials().library().find(id).orElse(null);
			layer.setName(material == null ? id : material.name());
			layer.setMaterialId(id);
			layers.insert(layer);
		}
		return true;
	}
}
