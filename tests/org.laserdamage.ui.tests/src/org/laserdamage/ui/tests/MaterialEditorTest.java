package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.ui.internal.view.MaterialColumn;
import org.laserdamage.ui.testsupport.MaterialEditorPage;
import org.laserdamage.ui.testsupport.MaterialsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.Ui;

/**
 * Issue 3's walk through the materials UI on a fresh database: find Al 6061
 * by typing, open it, see the conductivity plot, edit a value, save, and see
 * version 2 in the history and in the view; undo and redo of such edits.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class MaterialEditorTest {

	private static final String AL_6061 = "al-6061-t6"; //$NON-NLS-1$
	private static final String CONDUCTIVITY = "CONDUCTIVITY"; //$NON-NLS-1$
	private static final String SCALAR = "material.scalar."; //$NON-NLS-1$
	private static final String LIQUIDUS = SCALAR + "LIQUIDUS"; //$NON-NLS-1$
	private static final Point DOCS_WINDOW = new Point(1280, 940);

	/** Before, not after, each test: a failure screenshot shows the editors as the test left them. */
	@BeforeEach
	void closeEditors() {
		Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	@Test
	void findOpenEditAndSaveAsVersion2() {
		MaterialsViewPage view = MaterialsViewPage.open().search("Al 6061"); //$NON-NLS-1$
		Ui.waitUntil("the search to keep only Al 6061", //$NON-NLS-1$
				() -> view.rows().stream().allMatch(m -> m.name().contains("6061")) && !view.rows().isEmpty()); //$NON-NLS-1$
		assertTrue(view.rows().stream().anyMatch(m -> m.id().equals(AL_6061)), "Al 6061-T6 not found: " + view.rows()); //$NON-NLS-1$
		assertEquals("1", version(view), "a fresh database holds version 1"); //$NON-NLS-1$ //$NON-NLS-2$

		MaterialEditorPage editor = view.openByDoubleClick(AL_6061);
		ISelection selection = view.workbenchSelection();
		assertTrue(selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Material m
				&& m.id().equals(AL_6061), "workbench selection: " + selection); //$NON-NLS-1$

		List<String[]> rows = editor.rows(CONDUCTIVITY);
		assertTrue(rows.size() >= 2, "conductivity table: " + rows.size() + " rows"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlotted(rows, editor.series(CONDUCTIVITY, 0));
		assertNotBlank(editor.renderedChart(CONDUCTIVITY));

		String liquidus = editor.text(LIQUIDUS);
		editor.setText(LIQUIDUS, "100"); //$NON-NLS-1$
		assertTrue(editor.problems().stream().anyMatch(p -> p.contains("solidus")), "problems: " + editor.problems()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(editor.saveEnabled(), "Save must be disabled while the material is invalid"); //$NON-NLS-1$
		editor.setText(LIQUIDUS, liquidus);
		assertEquals(List.of(), editor.problems());

		editor.editCell(CONDUCTIVITY, 0, 1, "170"); //$NON-NLS-1$
		rows = editor.rows(CONDUCTIVITY);
		assertEquals("170", rows.get(0)[1]); //$NON-NLS-1$
		assertPlotted(rows, editor.series(CONDUCTIVITY, 0));
		assertTrue(editor.isDirty());
		assertTrue(editor.saveEnabled(), "Save must be enabled for a valid change"); //$NON-NLS-1$

		editor.save(2);
		assertEquals(List.of("2 (shown)", "1"), editor.historyVersions()); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the view to show version 2", () -> "2".equals(version(view))); //$NON-NLS-1$ //$NON-NLS-2$
		docsScreenshot(editor);

		editor.editCell(CONDUCTIVITY, 0, 1, "171"); //$NON-NLS-1$
		editor.save(3); // the saved version is the base of the next edit: no conflict with itself
		assertEquals(List.of("3 (shown)", "2", "1"), editor.historyVersions()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		MaterialEditorPage first = editor.openHistoryVersion(1);
		assertEquals("167", first.rows(CONDUCTIVITY).get(0)[1], "version 1 keeps the old value"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(first.saveEnabled(), "an old version is read-only"); //$NON-NLS-1$
	}

	@Test
	void invalidTablesKeepSaveDisabled() {
		MaterialsViewPage.open();
		MaterialEditorPage editor = MaterialEditorPage.openWithCommand("carbon-epoxy"); //$NON-NLS-1$
		assertFalse(editor.rows("CONDUCTIVITY_THROUGH_THICKNESS").isEmpty(), "a composite shows its through-thickness k"); //$NON-NLS-1$ //$NON-NLS-2$

		String temperature = editor.rows(CONDUCTIVITY).get(1)[0];
		editor.editCell(CONDUCTIVITY, 1, 0, "100"); //$NON-NLS-1$
		assertProblem(editor, "temperatures must increase"); //$NON-NLS-1$
		editor.editCell(CONDUCTIVITY, 1, 0, temperature);

		String density = editor.rows("DENSITY").get(0)[1]; //$NON-NLS-1$
		editor.editCell("DENSITY", 0, 1, "-5"); //$NON-NLS-1$ //$NON-NLS-2$
		assertProblem(editor, "must not be negative"); //$NON-NLS-1$
		editor.editCell("DENSITY", 0, 1, density); //$NON-NLS-1$

		String absorptivity = editor.rows("ABSORPTIVITY").get(0)[2]; //$NON-NLS-1$
		editor.editCell("ABSORPTIVITY", 0, 2, "1.5"); //$NON-NLS-1$ //$NON-NLS-2$
		assertProblem(editor, "between 0 and 1"); //$NON-NLS-1$
		editor.editCell("ABSORPTIVITY", 0, 2, absorptivity); //$NON-NLS-1$

		assertEquals(List.of(), editor.problems());
		assertTrue(editor.saveEnabled(), "Save is enabled again once every problem is fixed"); //$NON-NLS-1$
	}

	@Test
	void meltingAndBoilingDataMayBeLeftEmptyAsAGroup() {
		MaterialsViewPage.open();
		MaterialEditorPage editor = MaterialEditorPage.openWithCommand("cu-c101"); //$NON-NLS-1$
		editor.setText(SCALAR + "SOLIDUS", ""); //$NON-NLS-1$ //$NON-NLS-2$
		assertProblem(editor, "Solidus is empty"); //$NON-NLS-1$
		for (String field : List.of("LIQUIDUS", "LATENT_HEAT_FUSION", "BOILING_POINT", "LATENT_HEAT_VAPORIZATION")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			editor.setText(SCALAR + field, ""); //$NON-NLS-1$
		}
		assertEquals(List.of(), editor.problems(), "a material without melting and boiling data is valid"); //$NON-NLS-1$
		assertTrue(editor.saveEnabled(), "Save is enabled for a material that never melts"); //$NON-NLS-1$
	}

	@Test
	void undoAndRedoAScalarAndATableCell() {
		MaterialsViewPage.open();
		MaterialEditorPage editor = MaterialEditorPage.openWithCommand("cu-c101"); //$NON-NLS-1$
		String liquidus = editor.text(LIQUIDUS);
		List<String[]> opened = editor.rows(CONDUCTIVITY);
		String k = opened.get(0)[1];

		editor.setText(LIQUIDUS, "100"); //$NON-NLS-1$
		assertProblem(editor, "solidus"); //$NON-NLS-1$
		editor.editCell(CONDUCTIVITY, 0, 1, "150"); //$NON-NLS-1$
		assertTrue(editor.isDirty());
		awaitUndoLabel(editor, "Undo Thermal conductivity edit"); //$NON-NLS-1$

		editor.undoFromEditMenu();
		assertEquals(k, editor.rows(CONDUCTIVITY).get(0)[1]);
		assertPlotted(editor.rows(CONDUCTIVITY), editor.series(CONDUCTIVITY, 0));
		assertTrue(editor.isDirty(), "the liquidus is still edited"); //$NON-NLS-1$
		awaitUndoLabel(editor, "Undo Liquidus edit"); //$NON-NLS-1$

		editor.pressInTable(CONDUCTIVITY, SWT.MOD1, 'z');
		Ui.waitUntil("Ctrl+Z to undo the liquidus edit", () -> liquidus.equals(editor.text(LIQUIDUS))); //$NON-NLS-1$
		assertEquals(List.of(), editor.problems());
		assertFalse(editor.isDirty(), "undone to the opened material, the editor is clean"); //$NON-NLS-1$
		assertFalse(editor.saveEnabled(), "nothing to save"); //$NON-NLS-1$

		editor.pressInTable(CONDUCTIVITY, SWT.MOD1 | SWT.SHIFT, 'z');
		Ui.waitUntil("Ctrl+Shift+Z to redo the liquidus edit", () -> "100".equals(editor.text(LIQUIDUS))); //$NON-NLS-1$ //$NON-NLS-2$
		assertProblem(editor, "solidus"); //$NON-NLS-1$
		assertTrue(editor.isDirty());
		editor.redoFromEditMenu();
		assertEquals("150", editor.rows(CONDUCTIVITY).get(0)[1]); //$NON-NLS-1$
		assertPlotted(editor.rows(CONDUCTIVITY), editor.series(CONDUCTIVITY, 0));

		editor.setText(LIQUIDUS, liquidus);
		assertTrue(editor.saveEnabled(), "Save follows the redone, valid edits"); //$NON-NLS-1$
		editor.save(2);
		assertFalse(editor.isDirty());
		awaitUndoLabel(editor, "Undo Liquidus edit"); // the history is kept after Save //$NON-NLS-1$
		editor.undoCommand();
		assertEquals("100", editor.text(LIQUIDUS), "undo after Save goes back behind the save point"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(editor.isDirty());
		editor.redoCommand();
		assertFalse(editor.isDirty(), "redone to the save point, the editor is clean again"); //$NON-NLS-1$
	}

	private static void awaitUndoLabel(MaterialEditorPage editor, String label) {
		try {
			Ui.waitUntil("Edit > Undo to read '" + label + "'", () -> label.equals(editor.undoLabel())); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (AssertionError e) {
			assertEquals(label, editor.undoLabel(), e.getMessage());
		}
	}

	private static void assertProblem(MaterialEditorPage editor, String text) {
		assertTrue(editor.problems().stream().anyMatch(p -> p.contains(text)), "expected '" + text + "' in " + editor.problems()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(editor.saveEnabled(), "Save must be disabled while the material is invalid"); //$NON-NLS-1$
	}

	private static String version(MaterialsViewPage view) {
		List<Material> rows = view.rows();
		List<String> versions = view.column(MaterialColumn.VERSION);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).id().equals(AL_6061)) {
				return versions.get(i);
			}
		}
		return null;
	}

	/** The plot shows exactly the table's points, in order. */
	private static void assertPlotted(List<String[]> rows, XYSeries series) {
		assertEquals(rows.size(), series.getItemCount(), "points plotted"); //$NON-NLS-1$
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(Double.parseDouble(rows.get(i)[0]), series.getX(i).doubleValue(), 1e-9, "T of point " + i); //$NON-NLS-1$
			assertEquals(Double.parseDouble(rows.get(i)[1]), series.getY(i).doubleValue(), 1e-9, "k of point " + i); //$NON-NLS-1$
		}
	}

	/** A drawn chart has many colours and is mostly, but not only, white. */
	private static void assertNotBlank(ImageData image) {
		Set<Integer> colours = new HashSet<>();
		int white = image.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
		int drawn = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				int pixel = image.getPixel(x, y);
				colours.add(pixel);
				if (pixel != white) {
					drawn++;
				}
			}
		}
		assertTrue(image.width > 100 && image.height > 100, "chart size " + image.width + "x" + image.height); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(colours.size() > 10, "only " + colours.size() + " colours in the chart"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(drawn > image.width * image.height / 100, "only " + drawn + " drawn pixels"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * With -Dlaserdamage.docsScreenshots=DIR, saves the editor for the
	 * documentation: the window taller than usual, the form at its top.
	 */
	private static void docsScreenshot(MaterialEditorPage editor) {
		if (!Screenshots.forDocs()) {
			return;
		}
		Ui.run(() -> Ui.workbenchShell().setSize(DOCS_WINDOW));
		Ui.waitUntil("the window to grow", () -> Ui.workbenchShell().getSize().equals(DOCS_WINDOW)); //$NON-NLS-1$
		editor.scrollToTop();
		Ui.processEvents();
		Screenshots.saveWindowForDocs("material-editor.png"); //$NON-NLS-1$
	}
}
