package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.LaunchCheck;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.study.ui.internal.editor.StudyEditor;
import org.laserdamage.ui.testsupport.MainMenu;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** Study &gt; Validate Study says whether the selected or edited study is valid, and runs nothing. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class ValidateStudyTest {

	private static final String TITLE = "Validate Study"; //$NON-NLS-1$

	@AfterEach
	void close() {
		// a dialog left open by a failed test would block every later test of this runtime
		Ui.closeDialogsAndEditors(TITLE);
	}

	@Test
	void theStudyMenuOffersValidateAndRun() {
		List<String> items = MainMenu.items("Study"); //$NON-NLS-1$
		assertTrue(items.containsAll(List.of("Validate Study", "Run Study")), items.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aValidStudySelectedInTheStudiesViewIsValid() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.selectInStudiesView(file);
		Ui.waitUntil("Validate Study enabled for the selected study", () -> MainMenu.enabled("Study", "Validate Study")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		MainMenu.chooseLater("Study", "Validate Study"); //$NON-NLS-1$ //$NON-NLS-2$
		closeDialog(waitForDialog(file.getName() + " is valid")); //$NON-NLS-1$
		assertEquals(0, Job.getJobManager().find(RunsUI.JOB_FAMILY).length, "validating runs nothing"); //$NON-NLS-1$
	}

	@Test
	void anInvalidStudyFileListsItsErrors() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Study study = StudyIO.load(file.getLocation().toPath());
		study.getTarget().getLayers().get(0).setThickness(-0.001);
		StudyIO.save(study, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		StudiesView view = Runs.selectInStudiesView(file);
		validateLater(view);
		closeDialog(waitForDialog("target.layers[0].thickness")); //$NON-NLS-1$
	}

	@Test
	void unreadableTextInTheEditorIsAnError() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		StudyEditorPage editor = StudyEditorPage.open(file);
		editor.show(StudyEditor.LASER_PAGE).enter("laser.power", "fast"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the error in the editor's markers", () -> !LaunchCheck.errors(file, true).isEmpty()); //$NON-NLS-1$
		TestWorkspace.joinMarkerJobs();
		Ui.waitUntil("the error in the editor's markers once they are written", //$NON-NLS-1$
				() -> !LaunchCheck.errors(file, true).isEmpty());
		validateLater(editor.editor());
		// the field and the kind of error, not the exact text: a posted first keystroke is sometimes lost
		closeDialog(waitForDialog("is not a number")); //$NON-NLS-1$

		// readable again before the editor closes: closing an editor on unreadable text logs a
		// disposed-widget error of the forms' message manager (README, Known gaps)
		// typed again when a posted first keystroke was lost (then the field reads " kW")
		for (int attempt = 0; attempt < 3 && !"1 kW".equals(editor.shown("laser.power")); attempt++) { //$NON-NLS-1$ //$NON-NLS-2$
			editor.enter("laser.power", "1 kW"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Ui.waitUntil("the error to go", () -> LaunchCheck.errors(file, true).isEmpty()); //$NON-NLS-1$
	}

	private static void validateLater(IWorkbenchPart part) {
		Ui.display().asyncExec(() -> {
			try {
				part.getSite().getService(IHandlerService.class).executeCommand(RunsUI.VALIDATE_COMMAND, null);
			} catch (Exception e) {
				throw new AssertionError("Validate Study failed", e); //$NON-NLS-1$
			}
		});
	}

	/** Waits for the Validate Study dialog and checks that it says {@code naming}. */
	private static Shell waitForDialog(String naming) {
		Shell[] dialog = new Shell[1];
		Ui.waitUntil("the Validate Study dialog", () -> { //$NON-NLS-1$
			for (Shell shell : Ui.display().getShells()) {
				if (shell.isVisible() && TITLE.equals(shell.getText())) {
					dialog[0] = shell;
					return true;
				}
			}
			return false;
		});
		List<String> texts = Ui.call(() -> {
			List<String> labels = new ArrayList<>();
			Ui.find(dialog[0], Label.class, label -> labels.add(label.getText()) && false);
			return labels;
		});
		assertTrue(texts.stream().anyMatch(text -> text.contains(naming)), "the dialog says " + texts); //$NON-NLS-1$
		return dialog[0];
	}

	private static void closeDialog(Shell dialog) {
		Ui.run(dialog::close);
		Ui.waitUntil("the dialog to close", dialog::isDisposed); //$NON-NLS-1$
	}
}
