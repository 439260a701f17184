package org.laserdamage.ui.testsupport;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.internal.MaterialLibraryService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.laserdamage.materials.ui.MaterialsUI;
import org.laserdamage.materials.ui.internal.view.MaterialColumn;
import org.laserdamage.materials.ui.internal.view.MaterialsGrid;
import org.laserdamage.materials.ui.internal.view.MaterialsPart;

/** Page object of the Materials view. */
public final class MaterialsViewPage {

	private MaterialsViewPage() {
	}

	/** Opens (or activates) the view, waits until its grid shows rows and clears the search and class filter. */
	public static MaterialsViewPage open() {
		Ui.call(() -> {
			try {
				return page().showView(MaterialsUI.MATERIALS_VIEW);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the materials grid to show rows", () -> grid() != null && !grid().rows().isEmpty()); //$NON-NLS-1$
		Ui.run(() -> {
			Ui.find(Ui.workbenchShell(), MaterialsPart.SEARCH_KEY, Text.class).setText(""); //$NON-NLS-1$
			Combo classes = Ui.find(Ui.workbenchShell(), MaterialsPart.CLASS_KEY, Combo.class);
			classes.select(0);
			classes.notifyListeners(SWT.Selection, new Event());
		});
		return new MaterialsViewPage();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static MaterialsGrid grid() {
		NatTable table = Ui.find(Ui.workbenchShell(), MaterialsPart.TABLE_KEY, NatTable.class);
		return table == null ? null : MaterialsGrid.of(table);
	}

	/** @return the text of {@code column} in every row shown, top to bottom */
	public List<String> column(MaterialColumn column) {
		return Ui.call(() -> grid().rows().stream().map(column::text).toList());
	}

	/** @return the text of column number {@code column} in every row shown */
	public List<String> column(int column) {
		return column(MaterialColumn.values()[column]);
	}

	/** @return the materials shown, top to bottom */
	public List<Material> rows() {
		return Ui.call(() -> grid().rows());
	}

	/** Types {@code text} into the search box (real key events) and waits until the box shows it. */
	public MaterialsViewPage search(String text) {
		Text box = Ui.call(() -> Ui.find(Ui.workbenchShell(), MaterialsPart.SEARCH_KEY, Text.class));
		Input.focus(box);
		Input.type(text);
		Ui.waitUntil("the search box to show '" + text + "'", () -> box.getText().equals(text)); //$NON-NLS-1$ //$NON-NLS-2$
		return this;
	}

	/** Double-clicks the row of the material with this id and waits for its editor. */
	public MaterialEditorPage openByDoubleClick(String materialId) {
		NatTable table = Ui.call(() -> grid().table());
		Rectangle cell = Ui.call(() -> {
			int index = grid().rowOf(materialId);
			for (int position = 1; position < table.getRowCount(); position++) {
				if (table.getRowIndexByPosition(position) == index) {
					return table.getBoundsByPosition(0, position);
				}
			}
			throw new AssertionError(materialId + " is not shown in the materials grid"); //$NON-NLS-1$
		});
		Input.click(table, cell.x + cell.width / 2, cell.y + cell.height / 2, 2);
		return MaterialEditorPage.active(materialId);
	}

	/**
	 * Selects the row of the material with this id, presses Enter in the grid and waits for its
	 * editor. The row is selected through the grid and Enter is sent to the grid as SWT events
	 * (as {@link Input#click} sends mouse events): under Xvfb a click sent that way did not
	 * select the row, and a posted Enter did not reach the grid.
	 */
	public MaterialEditorPage openByEnter(String materialId) {
		pressOnRow(materialId, SWT.CR);
		return MaterialEditorPage.active(materialId);
	}

	/** Selects the row of {@code materialId} through the grid and sends {@code key} to the grid. */
	private void pressOnRow(String materialId, char key) {
		NatTable table = Ui.call(() -> grid().table());
		Ui.run(() -> grid().select(materialId));
		Ui.waitUntil("the row of " + materialId + " to be selected", //$NON-NLS-1$ //$NON-NLS-2$
				() -> grid().selected().map(m -> m.id().equals(materialId)).orElse(false));
		Input.focus(table);
		Ui.run(() -> {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event event = new Event();
				event.keyCode = key;
				event.character = key;
				table.notifyListeners(type, event);
			}
		});
	}

	/**
	 * Selects the row of the material with this id and presses Delete in the grid
	 * (sent to the grid as SWT events, as {@link #openByEnter}); the view then asks
	 * in a dialog, which {@link #answer} closes.
	 */
	public MaterialsViewPage pressDelete(String materialId) {
		pressOnRow(materialId, SWT.DEL);
		return this;
	}

	/**
	 * Waits for a dialog titled {@code title}, presses its button labelled {@code button}.
	 *
	 * @return the dialog's message
	 */
	public String answer(String title, String button) {
		Shell[] dialog = new Shell[1];
		Ui.waitUntil("the dialog " + title, () -> { //$NON-NLS-1$
			for (Shell shell : Ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					dialog[0] = shell;
					return true;
				}
			}
			return false;
		});
		String message = Ui.call(() -> {
			Label text = Ui.find(dialog[0], Label.class, l -> l.getText().length() > 20);
			return text == null ? "" : text.getText(); //$NON-NLS-1$
		});
		Ui.run(() -> {
			Button pressed = Ui.find(dialog[0], Button.class, b -> button.equals(b.getText()));
			pressed.notifyListeners(SWT.Selection, new Event());
		});
		return message;
	}

	/**
	 * Stores the built-in material {@code id} again in the workbench's library (after a
	 * test deleted it) and tells the views, as a save in the editor would.
	 */
	public static void restoreBuiltIn(String id) throws MaterialStoreException {
		BundleContext context = FrameworkUtil.getBundle(MaterialLibraryService.class).getBundleContext();
		ServiceReference<MaterialLibraryService> reference = context.getServiceReference(MaterialLibraryService.class);
		try {
			Material stored = context.getService(reference).store()
					.save(BuiltInMaterials.load().find(id).orElseThrow());
			PlatformUI.getWorkbench().getService(IEventBroker.class).post(MaterialsUI.TOPIC_MATERIAL_SAVED, stored);
		} finally {
			context.ungetService(reference);
		}
	}

	/** @return the selection the view gives the workbench */
	public ISelection workbenchSelection() {
		return Ui.call(() -> page().getSelection(MaterialsUI.MATERIALS_VIEW));
	}
}
