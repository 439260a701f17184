package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** The Studies navigator: projects → studies → runs, opening studies and runs. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class StudiesViewTest {

	@AfterEach
	void close() {
		Runs.joinAll();
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
	}

	private static StudiesView view() {
		return Ui.call(() -> {
			try {
				IViewPart part = StudyEditorPage.page().showView(RunsUI.STUDIES_VIEW);
				return (StudiesView) part;
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static List<Object> children(TreeViewer viewer, Object parent) {
		return Ui.call(() -> Arrays.asList(((ITreeContentProvider) viewer.getContentProvider()).getChildren(parent)));
	}

	@Test
	void showsProjectsStudiesAndRunsAndOpensThem() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		IProject project = study.getProject();
		StudiesView view = view();
		TreeViewer viewer = view.viewer();
		Ui.waitUntil("the project in the navigator", () -> Ui.call(() -> Arrays //$NON-NLS-1$
				.asList(((ITreeContentProvider) viewer.getContentProvider()).getElements(viewer.getInput()))
				.contains(project)));
		assertEquals(List.of(study), children(viewer, project));
		assertEquals(List.of(), children(viewer, study));

		RunsUI.run(study, false).join();
		Ui.waitUntil("the run under the study", () -> children(viewer, study).size() == 1); //$NON-NLS-1$
		IFolder run = (IFolder) children(viewer, study).get(0);
		assertEquals(StudyRuns.runsFolder(study), run.getParent());
		assertEquals(List.of(study), children(viewer, project), "the .runs folder is not listed as a folder"); //$NON-NLS-1$
		assertEquals(study, Ui.call(() -> ((ITreeContentProvider) viewer.getContentProvider()).getParent(run)));

		Ui.run(() -> {
			viewer.setSelection(new StructuredSelection(run), true);
			viewer.getTree().setFocus();
		});
		Ui.run(() -> viewer.getTree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		Ui.waitUntil("the results editor of the run", () -> Ui.call(() -> { //$NON-NLS-1$
			IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			return editor != null && ResultsUI.EDITOR_ID.equals(editor.getSite().getId());
		}));

		Ui.run(() -> viewer.setSelection(new StructuredSelection(study), true));
		Ui.run(() -> viewer.getTree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		StudyEditorPage editor = StudyEditorPage.active();
		assertTrue(editor.study().getName().startsWith("Al 6061")); //$NON-NLS-1$
	}
}
