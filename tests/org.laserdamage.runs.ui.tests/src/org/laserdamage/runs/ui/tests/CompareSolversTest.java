package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.report.ComparisonReport;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.compare.CompareSolversDialog;
import org.laserdamage.ui.testsupport.MainMenu;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * Study &gt; Compare Solvers…: the dialog offers the installed solvers (built-in
 * and CalculiX checked), needs two, and the comparison runs both for real
 * (ccx from Debian's calculix-ccx, which CI installs) into a comparison folder
 * of the study's runs with comparison.html and .csv.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class CompareSolversTest {

	private static final String TITLE = "Compare Solvers"; //$NON-NLS-1$
	private static final String BUILTIN = "org.laserdamage.solver.builtin"; //$NON-NLS-1$
	private static final String CALCULIX = "org.laserdamage.solver.calculix"; //$NON-NLS-1$

	@AfterEach
	void close() {
		// a dialog left open by a failed test would block every later test of this runtime
		Ui.closeDialogsAndEditors(TITLE);
		Runs.joinAll();
	}

	@Test
	void theStudyMenuOffersCompareSolvers() {
		List<String> items = MainMenu.items("Study"); //$NON-NLS-1$
		assertTrue(items.contains("Compare Solvers..."), items.toString()); //$NON-NLS-1$
	}

	@Test
	void comparesTheBuiltInSolverWithCalculix() throws Exception {
		assertTrue(onPath("ccx"), "this test runs the real CalculiX: apt-get install calculix-ccx (.ci/run does)"); //$NON-NLS-1$ //$NON-NLS-2$
		IFile file = TestWorkspace.copyOfExample("aisi304-cw-1kW.ldsim"); //$NON-NLS-1$
		Study study = StudyIO.load(file.getLocation().toPath());
		for (String setting : new String[] { "laser.absorptivityOverride=0.35", "environment.frontEmissivity=0.3", //$NON-NLS-1$ //$NON-NLS-2$
				"environment.backEmissivity=0.3", "solver.endTime=6ms", "solver.outputInterval=2ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"solver.maxTimeStep=1ms", "target.radius=5mm", "mesh.radialCells=12", "mesh.radialGrading=5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"target.layers[0].axialCells=12" }) { //$NON-NLS-1$
			FeaturePath.apply(study, setting);
		}
		StudyIO.save(study, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		Runs.selectInStudiesView(file);
		Ui.waitUntil("Compare Solvers enabled for the selected study", //$NON-NLS-1$
				() -> MainMenu.enabled("Study", "Compare Solvers...")); //$NON-NLS-1$ //$NON-NLS-2$
		MainMenu.chooseLater("Study", "Compare Solvers..."); //$NON-NLS-1$ //$NON-NLS-2$
		Shell shell = waitForDialog();
		CompareSolversDialog dialog = (CompareSolversDialog) Ui.call(shell::getData);
		Table table = Ui.call(() -> Ui.find(shell, CompareSolversDialog.SOLVERS_KEY, Table.class));
		assertNotNull(table);
		Button compare = Ui.call(() -> (Button) Ui.find(shell, Button.class,
				b -> b.getData() instanceof Integer id && id == IDialogConstants.OK_ID));
		assertEquals(List.of(BUILTIN, CALCULIX), Ui.call(dialog::chosen), "built-in (the reference) and CalculiX checked"); //$NON-NLS-1$
		assertTrue(Ui.call(compare::isEnabled));

		Ui.run(() -> dialog.check(Set.of(BUILTIN)));
		assertFalse(Ui.call(compare::isEnabled), "one solver is not a comparison"); //$NON-NLS-1$
		Ui.run(() -> dialog.check(Set.of(BUILTIN, CALCULIX)));
		assertTrue(Ui.call(compare::isEnabled));
		Ui.run(() -> compare.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		Ui.waitUntil("the dialog to close", shell::isDisposed); //$NON-NLS-1$
		Runs.joinAll();

		IFolder runs = StudyRuns.runsFolder(file);
		List<IFolder> comparisons = StudyRuns.runs(file).stream()
				.filter(f -> StudyRuns.kind(f) == StudyRuns.Kind.COMPARISON).toList();
		assertEquals(1, comparisons.size(), "one comparison folder in " + runs.getLocation()); //$NON-NLS-1$
		Path folder = comparisons.get(0).getLocation().toPath();
		assertTrue(Files.isRegularFile(folder.resolve(ComparisonReport.HTML)), folder.toString());
		List<String> csv = Files.readAllLines(folder.resolve(ComparisonReport.CSV));
		assertTrue(csv.stream().anyMatch(l -> l.startsWith("criterion,melt-onset,time,builtin,calculix,")), csv.toString()); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(folder.resolve("builtin/summary.json"))); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(folder.resolve("calculix/summary.json"))); //$NON-NLS-1$
		assertTrue(comparisons.get(0).exists(), "the workspace knows the folder (refreshed)"); //$NON-NLS-1$
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	private static Shell waitForDialog() {
		Shell[] dialog = new Shell[1];
		Ui.waitUntil("the Compare Solvers dialog", () -> { //$NON-NLS-1$
			for (Shell shell : Ui.display().getShells()) {
				if (shell.isVisible() && TITLE.equals(shell.getText()) && shell.getData() instanceof CompareSolversDialog) {
					dialog[0] = shell;
					return true;
				}
			}
			return false;
		});
		return dialog[0];
	}
}
