package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.core.RunState;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.RunConsole;
import org.laserdamage.runs.ui.internal.RunRecord;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.study.ui.internal.editor.StudyEditor;
import org.laserdamage.ui.testsupport.NewStudyWizardPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ResultsPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * The analyst's whole job without a text editor or a terminal: a study from a
 * template, an edit undone, a saved change, Run Study, the progress to its
 * end, the results with a chart that has data and the melt-through time.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class RunFlowTest {

	@AfterEach
	void close() {
		Runs.joinAll();
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
	}

	@Test
	void templateEditUndoSaveRunAndResults() throws Exception {
		IProject project = TestWorkspace.newProject("flow"); //$NON-NLS-1$
		NewStudyWizardPage.open(project).chooseTemplate("AISI 304").next().finish(); //$NON-NLS-1$
		IFile file = project.getFile("aisi304-cw-1kW.ldsim"); //$NON-NLS-1$
		Ui.waitUntil("the new study file", file::exists); //$NON-NLS-1$
		StudyEditorPage editor = StudyEditorPage.active();

		editor.show(StudyEditor.LASER_PAGE).enter("laser.power", "1.5 kW"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the power to be 1500 W", () -> editor.study().getLaser().getPower() == 1500.0); //$NON-NLS-1$
		editor.undo();
		assertEquals(1000.0, editor.study().getLaser().getPower());
		assertFalse(editor.dirty());
		editor.enter("laser.power", "1.2 kW"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the power to be 1200 W", () -> editor.study().getLaser().getPower() == 1200.0); //$NON-NLS-1$
		editor.save();
		assertFalse(editor.dirty());
		assertEquals(1200.0, StudyIO.load(file.getLocation().toPath()).getLaser().getPower());
		Screenshots.saveForDocs("study-editor.png"); //$NON-NLS-1$

		Ui.run(() -> {
			try {
				editor.editor().getSite().getService(IHandlerService.class).executeCommand(RunsUI.RUN_COMMAND, null);
			} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
				throw new AssertionError("Run Study failed", e); //$NON-NLS-1$
			}
		});
		Ui.waitUntil("the run to start", () -> !Runs.of(file).isEmpty()); //$NON-NLS-1$
		Runs.waitForState(file, RunState.SUCCEEDED);
		Runs.joinAll();
		RunRecord.Snapshot run = Runs.last(file);
		Path runDirectory = run.runDirectory();

		Ui.waitUntil("the results editor of the run", () -> Ui.call(() -> { //$NON-NLS-1$
			IEditorPart active = StudyEditorPage.page().getActiveEditor();
			return active != null && ResultsUI.EDITOR_ID.equals(active.getSite().getId());
		}));
		ResultsPage results = ResultsPage.of(Ui.call(() -> StudyEditorPage.page().getActiveEditor()));
		CriterionSummary meltThrough = RunResults.open(runDirectory).summary().orElseThrow()
				.criterion(CriterionKind.MELT_THROUGH).orElseThrow();
		assertTrue(meltThrough.reached(), "1.2 kW melts through the 1 mm steel sheet"); //$NON-NLS-1$
		String shown = results.text("results.meltThrough"); //$NON-NLS-1$
		assertTrue(shown.matches(".*\\d.*s.*"), shown); //$NON-NLS-1$

		results.show(ResultsPage.PROBES_TAB);
		JFreeChart chart = results.waitForChart("results.probeChart"); //$NON-NLS-1$
		XYPlot plot = chart.getXYPlot();
		assertTrue(plot.getDataset().getSeriesCount() > 0);
		assertTrue(plot.getDataset().getItemCount(0) > 10, "the probe curve has its samples"); //$NON-NLS-1$

		String console = Ui.call(() -> {
			IDocument document = ((TextConsole) RunConsole.console()).getDocument();
			return document.get();
		});
		assertTrue(console.contains("[" + file.getName() + "]"), console); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(console.contains("100% done"), console); //$NON-NLS-1$
		assertTrue(console.contains("melt-through: reached"), console); //$NON-NLS-1$
	}
}
