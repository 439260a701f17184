package org.laserdamage.study.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.ui.WorkbenchPreferences;
import org.laserdamage.ui.testsupport.NewStudyWizardPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** File > New > Study: a template, a project, Finish; the study opens in the editor. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class NewStudyWizardTest {

	@AfterEach
	void closeEditors() {
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
	}

	@Test
	void createsStudyFromTemplateInNewProjectAndOpensIt() throws Exception {
		IProject project = TestWorkspace.newProject("wizard"); //$NON-NLS-1$
		NewStudyWizardPage.open(project).chooseTemplate("Al 6061").next().finish(); //$NON-NLS-1$

		IFile file = project.getFile("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Ui.waitUntil("the new study file", file::exists); //$NON-NLS-1$
		try (InputStream in = file.getContents()) {
			assertArrayEquals(Files.readAllBytes(TestWorkspace.examples().resolve("al6061-cw-1kW.ldsim")), in.readAllBytes()); //$NON-NLS-1$
		}
		StudyEditorPage editor = StudyEditorPage.active();
		assertEquals(file, Ui.call(() -> ((IFileEditorInput) editor.editor().getEditorInput()).getFile()));
		assertEquals("Al 6061-T6 plate, 1 kW CW fibre laser", editor.study().getName()); //$NON-NLS-1$
	}

	@Test
	void createsTheProjectOnAnEmptyWorkspace() throws Exception {
		Ui.run(() -> {
			StudyEditorPage.page().closeAllEditors(false);
			// in one operation on the UI thread: the views see one change, not a workspace half deleted
			try {
				ResourcesPlugin.getWorkspace().run(monitor -> {
					for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
						project.delete(true, true, monitor);
					}
				}, null);
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		});
		NewStudyWizardPage.openWithoutSelection().chooseTemplate("Al 6061").next().finish(); //$NON-NLS-1$

		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("studies").getFile("al6061-cw-1kW.ldsim"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the new study file in a new project", file::exists); //$NON-NLS-1$
		assertTrue(file.getProject().isOpen());
		StudyEditorPage editor = StudyEditorPage.active();
		assertEquals(file, Ui.call(() -> ((IFileEditorInput) editor.editor().getEditorInput()).getFile()));
	}

	@Test
	void newStudiesGetThePreferredSolver() throws Exception {
		String solver = "org.example.solver.other"; //$NON-NLS-1$
		WorkbenchPreferences.node().put(WorkbenchPreferences.DEFAULT_SOLVER, solver);
		try {
			IProject project = TestWorkspace.newProject("wizard"); //$NON-NLS-1$
			NewStudyWizardPage.open(project).chooseTemplate("Al 6061").next().finish(); //$NON-NLS-1$
			IFile file = project.getFile("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
			Ui.waitUntil("the new study file", file::exists); //$NON-NLS-1$
			assertEquals(solver, StudyIO.load(file.getLocation().toPath()).getSolver().getSolverId());
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.DEFAULT_SOLVER);
		}
	}
}
