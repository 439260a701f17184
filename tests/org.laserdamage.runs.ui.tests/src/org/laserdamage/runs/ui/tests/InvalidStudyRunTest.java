package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.LaunchCheck;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.study.ui.internal.editor.StudyEditor;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** Run Study on a study with errors shows the errors and starts no run. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class InvalidStudyRunTest {

	@AfterEach
	void close() {
		Runs.joinAll();
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
	}

	@Test
	void unreadableTextInTheEditorKeepsTheStudyFromRunning() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		StudyEditorPage editor = StudyEditorPage.open(file);
		editor.show(StudyEditor.LASER_PAGE).enter("laser.power", "fast"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("an error marker on the study", () -> hasErrorMarker(file)); //$NON-NLS-1$

		runStudyLater(editor.editor().getSite());
		closeDialog(waitForDialog("laser.power: 'fast'")); //$NON-NLS-1$
		assertNoRun(file);

		editor.enter("laser.power", "2 kW"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the error marker to go", () -> !hasErrorMarker(file)); //$NON-NLS-1$
		assertEquals(List.of(), LaunchCheck.errors(file, true));
	}

	@Test
	void anInvalidStudyFileSelectedInTheStudiesViewDoesNotRun() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Study study = StudyIO.load(file.getLocation().toPath());
		study.getTarget().getLayers().get(0).setThickness(-0.001);
		StudyIO.save(study, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		List<String> errors = LaunchCheck.errors(file, false);
		assertTrue(errors.stream().anyMatch(e -> e.startsWith("target.layers[0].thickness")), errors.toString()); //$NON-NLS-1$

		StudiesView studies = Runs.selectInStudiesView(file);
		runStudyLater(studies.getSite());
		closeDialog(waitForDialog("target.layers[0].thickness")); //$NON-NLS-1$
		assertNoRun(file);
	}

	private static boolean hasErrorMarker(IFile file) {
		try {
			TestWorkspace.joinMarkerJobs();
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
					return true;
				}
			}
			return false;
		} catch (CoreException e) {
			throw new AssertionError(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Runs Study &gt; Run Study from {@code site} after this call returns: its dialog blocks the UI thread. */
	private static void runStudyLater(IServiceLocator site) {
		Ui.display().asyncExec(() -> {
			try {
				site.getService(IHandlerService.class).executeCommand(RunsUI.RUN_COMMAND, null);
			} catch (Exception e) {
				throw new AssertionError("Run Study failed", e); //$NON-NLS-1$
			}
		});
	}

	private static Shell waitForDialog(String naming) {
		Shell[] dialog = new Shell[1];
		Ui.waitUntil("the Run Study dialog naming " + naming, () -> { //$NON-NLS-1$
			for (Shell shell : Ui.display().getShells()) {
				if (shell.isVisible() && "Run Study".equals(shell.getText()) //$NON-NLS-1$
						&& Ui.find(shell, Label.class, l -> l.getText().contains(naming)) != null) {
					dialog[0] = shell;
					return true;
				}
			}
			return false;
		});
		return dialog[0];
	}

	private static void closeDialog(Shell dialog) {
		Ui.run(dialog::close);
		Ui.waitUntil("the dialog to close", dialog::isDisposed); //$NON-NLS-1$
	}

	private static void assertNoRun(IFile file) throws CoreException {
		Ui.processEvents();
		assertEquals(0, Job.getJobManager().find(RunsUI.JOB_FAMILY).length, "no run job"); //$NON-NLS-1$
		assertTrue(Runs.of(file).isEmpty(), "no run record"); //$NON-NLS-1$
		assertTrue(StudyRuns.runs(file).isEmpty(), "no run folder"); //$NON-NLS-1$
	}
}
