package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.laserdamage.materials.ui.MaterialEditorInput;
import org.laserdamage.materials.ui.MaterialsUI;
import org.laserdamage.materials.ui.internal.editor.MaterialEditor;
import org.laserdamage.ui.charts.ChartCanvas;

/** Page object of one material editor. */
public final class MaterialEditorPage {

	private final MaterialEditor editor;

	private MaterialEditorPage(MaterialEditor editor) {
		this.editor = editor;
	}

	/** Waits until the active editor is an editable material editor of {@code materialId}. */
	public static MaterialEditorPage active(String materialId) {
		return active("the editor of " + materialId, //$NON-NLS-1$
				input -> input.materialId().equals(materialId) && !input.isReadOnly());
	}

	/** Waits until the active editor shows {@code version} of {@code materialId} read-only. */
	public static MaterialEditorPage activeReadOnly(String materialId, int version) {
		return active("the read-only editor of " + materialId + " v" + version, //$NON-NLS-1$ //$NON-NLS-2$
				input -> input.materialId().equals(materialId) && input.isReadOnly() && input.version() == version);
	}

	/** Runs the Open Material command with a material id, as other views will, and waits for the editor. */
	public static MaterialEditorPage openWithCommand(String materialId) {
		Ui.display().asyncExec(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			ParameterizedCommand open = ParameterizedCommand.generateCommand(
					commands.getCommand(MaterialsUI.OPEN_COMMAND), Map.of(MaterialsUI.OPEN_COMMAND_MATERIAL_ID, materialId));
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(open, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		return active(materialId);
	}

	private static MaterialEditorPage active(String what, Predicate<MaterialEditorInput> matches) {
		Ui.waitUntil(what, () -> page().getActiveEditor() instanceof MaterialEditor editor
				&& matches.test((MaterialEditorInput) editor.getEditorInput()) && form(editor) != null);
		return new MaterialEditorPage(Ui.call(() -> (MaterialEditor) page().getActiveEditor()));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** @return the form of {@code editor}, brought to the top (UI thread only) */
	private static Composite form(IEditorPart editor) {
		page().bringToTop(editor);
		return Ui.findVisible(Ui.workbenchShell(), MaterialEditor.FORM_KEY, ScrolledForm.class);
	}

	private <C extends Control> C control(String key, Class<C> type) {
		return Ui.call(() -> {
			C found = Ui.findVisible(form(editor), key, type);
			if (found == null) {
				throw new AssertionError("No " + type.getSimpleName() + " '" + key + "' in " + editor.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			return found;
		});
	}

	/** Scrolls the form so that {@code control} is on screen (real input and painting need that). */
	private static void reveal(Control control) {
		Ui.run(() -> FormToolkit.ensureVisible(control));
	}

	/** Scrolls the form back to its top. */
	public void scrollToTop() {
		Ui.run(() -> ((ScrolledForm) form(editor)).setOrigin(0, 0));
	}

	public MaterialEditor editor() {
		return editor;
	}

	/** @return the rows of a property table as shown, e.g. {@code rows("CONDUCTIVITY")} */
	public List<String[]> rows(String property) {
		Table table = control(MaterialEditor.tableKey(property), Table.class);
		return Ui.call(() -> {
			List<String[]> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				String[] cells = new String[table.getColumnCount()];
				for (int c = 0; c < cells.length; c++) {
					cells[c] = item.getText(c);
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	/** @return the chart canvas of a property */
	public ChartCanvas chart(String property) {
		Canvas canvas = control(MaterialEditor.chartKey(property), Canvas.class);
		return Ui.call(() -> ChartCanvas.of(canvas));
	}

	/** @return series {@code index} of a property's plot */
	public XYSeries series(String property, int index) {
		ChartCanvas chart = chart(property);
		return Ui.call(() -> ((XYSeriesCollection) chart.getChart().getXYPlot().getDataset()).getSeries(index));
	}

	/** Waits until a property's plot has been painted and returns its pixels. */
	public ImageData renderedChart(String property) {
		ChartCanvas chart = chart(property);
		reveal(chart.getControl());
		Ui.waitUntil("the " + property + " plot to be painted", () -> chart.renderedImage() != null); //$NON-NLS-1$ //$NON-NLS-2$
		return Ui.call(chart::renderedImage);
	}

	/** @return the text of a field, e.g. {@code text("material.scalar.LIQUIDUS")} */
	public String text(String key) {
		Text text = control(key, Text.class);
		return Ui.call(text::getText);
	}

	/** Replaces the text of a field, as a paste would. */
	public MaterialEditorPage setText(String key, String value) {
		Text text = control(key, Text.class);
		Ui.run(() -> text.setText(value));
		return this;
	}

	/** Selects a row of a property table, clicks a cell, types {@code value} into its cell editor and presses Enter. */
	public MaterialEditorPage editCell(String property, int row, int column, String value) {
		Table table = control(MaterialEditor.tableKey(property), Table.class);
		reveal(table);
		Input.focus(table);
		Rectangle cell = Ui.call(() -> {
			table.setSelection(row);
			return table.getItem(row).getBounds(column);
		});
		Input.click(table, cell.x + cell.width / 2, cell.y + cell.height / 2, 1);
		Ui.waitUntil("the cell editor of " + property + " row " + row, //$NON-NLS-1$ //$NON-NLS-2$
				() -> table.getDisplay().getFocusControl() instanceof Text text && text.getParent() == table);
		Input.type(value);
		Input.press(SWT.CR);
		Ui.waitUntil("the cell to show " + value, () -> table.getItem(row).getText(column).equals(value)); //$NON-NLS-1$
		return this;
	}

	/** @return the problems the editor shows */
	public List<String> problems() {
		return Ui.call(editor::problems);
	}

	public boolean isDirty() {
		return Ui.call(editor::isDirty);
	}

	/** @return whether the workbench's Save command (Ctrl+S) is enabled for this editor */
	public boolean saveEnabled() {
		return Ui.call(() -> {
			page().activate(editor);
			return PlatformUI.getWorkbench().getService(ICommandService.class)
					.getCommand(IWorkbenchCommandConstants.FILE_SAVE).isEnabled();
		});
	}

	/** Runs the workbench's Save command (as Ctrl+S does) and waits until the editor shows {@code version}. */
	public MaterialEditorPage save(int version) {
		Ui.run(() -> page().activate(editor));
		Ui.display().asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("version " + version + " to be saved", //$NON-NLS-1$ //$NON-NLS-2$
				() -> editor.material().version() == version && !editor.isDirty());
		return this;
	}

	/** @return the text of the editor's Undo (the Edit menu's item while it is active), e.g. "Undo Liquidus edit" */
	public String undoLabel() {
		return Ui.call(() -> label(globalAction(ActionFactory.UNDO)));
	}

	/** @return the text of the editor's Redo */
	public String redoLabel() {
		return Ui.call(() -> label(globalAction(ActionFactory.REDO)));
	}

	private static String label(IAction action) {
		return LegacyActionTools.removeMnemonics(LegacyActionTools.removeAcceleratorText(action.getText()));
	}

	/** Runs the handler the editor set for Edit &gt; Undo, as choosing the menu item does. */
	public MaterialEditorPage undoFromEditMenu() {
		Ui.run(() -> globalAction(ActionFactory.UNDO).run());
		return this;
	}

	/** Runs the handler the editor set for Edit &gt; Redo, as choosing the menu item does. */
	public MaterialEditorPage redoFromEditMenu() {
		Ui.run(() -> globalAction(ActionFactory.REDO).run());
		return this;
	}

	/** Focuses the table of {@code property} and presses {@code key} with {@code modifiers}, e.g. Ctrl+Z. */
	public MaterialEditorPage pressInTable(String property, int modifiers, char key) {
		Table table = control(MaterialEditor.tableKey(property), Table.class);
		Ui.run(() -> page().activate(editor));
		Input.focus(table);
		Input.chord(modifiers, key);
		return this;
	}

	/** Runs the workbench's Undo command, which Ctrl+Z is bound to. */
	public MaterialEditorPage undoCommand() {
		return command(IWorkbenchCommandConstants.EDIT_UNDO);
	}

	/** Runs the workbench's Redo command, which Ctrl+Shift+Z is bound to on GTK. */
	public MaterialEditorPage redoCommand() {
		return command(IWorkbenchCommandConstants.EDIT_REDO);
	}

	private MaterialEditorPage command(String id) {
		Ui.run(() -> {
			page().activate(editor);
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError("command " + id + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		return this;
	}

	/** @return the global action handler the editor's contributor set (UI thread only) */
	private IAction globalAction(ActionFactory action) {
		page().activate(editor);
		IAction handler = editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
		if (handler == null) {
			throw new AssertionError("The material editor sets no handler for " + action.getId()); //$NON-NLS-1$
		}
		return handler;
	}

	/** @return the first column (version) of the History table, top to bottom */
	public List<String> historyVersions() {
		Table table = control(MaterialEditor.HISTORY_KEY, Table.class);
		return Ui.call(() -> {
			List<String> versions = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				versions.add(item.getText(0));
			}
			return versions;
		});
	}

	/** Selects {@code version} in the History table, presses Enter and waits for its read-only editor. */
	public MaterialEditorPage openHistoryVersion(int version) {
		Table table = control(MaterialEditor.HISTORY_KEY, Table.class);
		reveal(table);
		Ui.run(() -> {
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				String text = items[i].getText(0);
				if (text.equals(Integer.toString(version)) || text.startsWith(version + " ")) { //$NON-NLS-1$
					table.setSelection(i);
					return;
				}
			}
			throw new AssertionError("Version " + version + " is not in the history"); //$NON-NLS-1$ //$NON-NLS-2$
		});
		Input.focus(table);
		Input.press(SWT.CR);
		return activeReadOnly(editor.material().id(), version);
	}
}
