package org.laserdamage.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.internal.MaterialsPart;

/** Page object of the Materials view. */
public final class MaterialsViewPage {

	private MaterialsViewPage() {
	}

	/** Opens (or activates) the view and waits until its table shows rows. */
	public static MaterialsViewPage open() {
		UiTestSupport.onUi(() -> {
			try {
				IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
						.showView(LaserDamageUI.MATERIALS_VIEW);
				return view;
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		UiTestSupport.waitUntil("the materials table to show rows", () -> table() != null && table().getItemCount() > 0); //$NON-NLS-1$
		return new MaterialsViewPage();
	}

	private static Table table() {
		return UiTestSupport.find((Composite) UiTestSupport.activeShell(), MaterialsPart.TABLE_KEY, Table.class);
	}

	/** @return the text of column {@code column} of every row */
	public List<String> column(int column) {
		return UiTestSupport.onUi(() -> {
			List<String> texts = new ArrayList<>();
			for (TableItem item : table().getItems()) {
				texts.add(item.getText(column));
			}
			return texts;
		});
	}
}
