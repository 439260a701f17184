package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.monitor.JobsPart;
import org.laserdamage.runs.ui.internal.navigator.External;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.charts.ChartCanvas;
import org.laserdamage.ui.testsupport.AboutDialogPage;
import org.laserdamage.ui.testsupport.Menus;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * The Studies navigator's context menu on runs: report and folder handed to
 * the desktop, two runs compared, the path copied, a run deleted after
 * confirmation and brought back by undo; the Jobs view tells the runs
 * apart by their settings.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class RunContextMenuTest {

	private static final String DELETE = "Delete Run\u2026"; //$NON-NLS-1$

	private record Opened(External.Kind kind, Path path) {
	}

	private final List<Opened> opened = new CopyOnWriteArrayList<>();
	private BiPredicate<External.Kind, Path> previous;

	@AfterEach
	void close() {
		if (previous != null) {
			External.redirect(previous);
		}
		Runs.joinAll();
		Ui.run(() -> {
			for (Shell shell : Ui.display().getShells()) {
				if (shell != Ui.workbenchShell() && shell.isVisible()) {
					shell.close();
				}
			}
			StudyEditorPage.page().closeAllEditors(false);
		});
	}

	private static StudiesView view() {
		return Ui.call(() -> {
			try {
				return (StudiesView) StudyEditorPage.page().showView(RunsUI.STUDIES_VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static List<Object> children(TreeViewer viewer, Object parent) {
		return Ui.call(() -> Arrays.asList(((ITreeContentProvider) viewer.getContentProvider()).getChildren(parent)));
	}

	private static void select(TreeViewer viewer, Object... elements) {
		Ui.run(() -> {
			viewer.setSelection(new StructuredSelection(elements), true);
			viewer.getTree().setFocus();
		});
		Ui.processEvents();
	}

	@Test
	void runsHaveReportFolderCompareCopyAndDelete() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		RunsUI.run(study, false).join();
		RunsUI.run(study, false).join();
		StudiesView view = view();
		TreeViewer viewer = view.viewer();
		Ui.waitUntil("two runs under the study", () -> children(viewer, study).size() == 2); //$NON-NLS-1$
		IFolder first = (IFolder) children(viewer, study).get(0);
		IFolder second = (IFolder) children(viewer, study).get(1);
		Tree tree = Ui.call(viewer::getTree);

		select(viewer, first, second);
		List<String> labels = Menus.contextLabels(tree);
		assertTrue(labels.containsAll(List.of("Open Report", "Open Run Folder", "Compare Runs", "Copy Path", DELETE)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				labels.toString());
		assertFalse(Menus.contextEnabled(tree, "Open Report"), "one report at a time"); //$NON-NLS-1$ //$NON-NLS-2$
		Menus.selectContext(tree, "Compare Runs"); //$NON-NLS-1$
		Shell compare = AboutDialogPage.waitForShell("compare.dialog"); //$NON-NLS-1$
		List<List<String>> rows = Ui.call(() -> {
			Table table = Ui.find(compare, "compare.table", Table.class); //$NON-NLS-1$
			List<List<String>> all = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				all.add(List.of(item.getText(0), item.getText(1), item.getText(2)));
			}
			return all;
		});
		List<String> peak = rows.stream().filter(r -> r.get(0).equals("Peak temperature")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no peak row in " + rows)); //$NON-NLS-1$
		assertTrue(peak.get(1).endsWith(" K") && peak.get(2).endsWith(" K"), peak.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Melt onset: time")), rows.toString()); //$NON-NLS-1$
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Melt onset: margin at the end")), rows.toString()); //$NON-NLS-1$
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Beam and end time") && r.get(1).contains("w = 1 mm")), //$NON-NLS-1$ //$NON-NLS-2$
				rows.toString());
		JFreeChart chart = Ui.call(() -> ChartCanvas.of(Ui.find(compare, "compare.chart", org.eclipse.swt.widgets.Canvas.class)).getChart()); //$NON-NLS-1$
		int probes = Ui.call(() -> ((XYPlot) chart.getPlot()).getDataset().getSeriesCount());
		assertTrue(probes >= 2 && probes % 2 == 0, "the probes of both runs in one chart: " + probes); //$NON-NLS-1$
		Screenshots.save("compare-runs.png"); //$NON-NLS-1$
		Ui.run(compare::close);

		previous = External.redirect((kind, path) -> {
			opened.add(new Opened(kind, path));
			return true;
		});
		Path location = first.getLocation().toPath();
		select(viewer, first);
		assertFalse(Menus.contextEnabled(tree, "Compare Runs"), "comparing needs two runs"); //$NON-NLS-1$ //$NON-NLS-2$
		Menus.selectContext(tree, "Open Report"); //$NON-NLS-1$
		Menus.selectContext(tree, "Open Run Folder"); //$NON-NLS-1$
		Ui.waitUntil("the report and the folder handed on", () -> opened.size() == 2); //$NON-NLS-1$
		assertEquals(List.of(new Opened(External.Kind.REPORT, location.resolve(RunDirectory.REPORT)),
				new Opened(External.Kind.FOLDER, location)), opened);

		Menus.selectContext(tree, "Copy Path"); //$NON-NLS-1$
		String copied = Ui.call(() -> {
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
		assertEquals(location.toString(), copied);

		Menus.selectContext(tree, DELETE);
		Shell confirm = confirmShell();
		Ui.run(() -> {
			Button delete = Ui.find(confirm, Button.class, b -> b.getText().replace("&", "").equals("Delete")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			delete.notifyListeners(SWT.Selection, null);
		});
		Ui.waitUntil("the run deleted", () -> !first.exists() && children(viewer, study).size() == 1); //$NON-NLS-1$
		Ui.run(() -> {
			try {
				OperationHistoryFactory.getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null,
						WorkspaceUndoUtil.getUIInfoAdapter(Ui.workbenchShell()));
			} catch (org.eclipse.core.commands.ExecutionException e) {
				throw new AssertionError(e);
			}
		});
		Ui.waitUntil("the run back after undo", () -> first.exists() && children(viewer, study).size() == 2); //$NON-NLS-1$
		assertTrue(first.getFile(RunDirectory.SUMMARY).exists());

		JobsPart runs = Ui.call(() -> {
			try {
				StudyEditorPage.page().showView(LaserDamageUI.RUNS_VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
			MPart part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(EPartService.class)
					.findPart(LaserDamageUI.RUNS_VIEW);
			return (JobsPart) part.getObject();
		});
		Ui.waitUntil("the settings of the run in the Jobs view", () -> { //$NON-NLS-1$
			for (TableItem item : runs.viewer().getTable().getItems()) {
				if (item.getText(0).equals(study.getFullPath().toString()) && item.getText(8).contains("Al 6061") //$NON-NLS-1$
						&& item.getText(8).contains("w = 1 mm, until 2 s")) { //$NON-NLS-1$
					return true;
				}
			}
			return false;
		});
		assertNotEquals(first.getName(), second.getName());
	}

	private static Shell confirmShell() {
		Ui.waitUntil("the delete confirmation", () -> Arrays.stream(Ui.display().getShells()) //$NON-NLS-1$
				.anyMatch(s -> s.isVisible() && s.getText().equals("Delete Run"))); //$NON-NLS-1$
		return Ui.call(() -> Arrays.stream(Ui.display().getShells())
				.filter(s -> s.isVisible() && s.getText().equals("Delete Run")).findFirst().orElseThrow()); //$NON-NLS-1$
	}
}
