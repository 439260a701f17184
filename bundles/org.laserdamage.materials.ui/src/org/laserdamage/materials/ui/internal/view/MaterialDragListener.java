package org.laserdamage.materials.ui.internal.view;

import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

/**
 * Drags the selected material as its id in plain text (see
 * {@link org.laserdamage.materials.ui.MaterialsUI}), so a study layer can store
 * a reference to it.
 */
final class MaterialDragListener extends DragSourceAdapter {

	private final MaterialsGrid grid;

	private MaterialDragListener(MaterialsGrid grid) {
		this.grid = grid;
	}

	static void attach(MaterialsGrid grid) {
		grid.table().addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { TextTransfer.getInstance() },
				new MaterialDragListener(grid));
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		event.doit = grid.table().getRegionLabelsByXY(event.x, event.y).hasLabel(GridRegion.BODY)
				&& grid.selected().isPresent();
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		if (TextTransfer.getInstance().isSupportedType(event.dataType)) {
			grid.selected().ifPresentOrElse(material -> event.data = material.id(), () -> event.doit = false);
		}
	}
}
