package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.testsupport.MaterialEditorPage;
import org.laserdamage.ui.testsupport.MaterialsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Ui;

/** The Materials view opens a material with the keyboard as with the mouse. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class MaterialsViewTest {

	@AfterEach
	void closeEditors() {
		Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	@Test
	void enterOpensTheSelectedMaterial() {
		MaterialsViewPage view = MaterialsViewPage.open();
		Ui.waitUntil("materials in the view", () -> !view.rows().isEmpty()); //$NON-NLS-1$
		String id = view.rows().get(0).id();
		MaterialEditorPage editor = view.openByEnter(id);
		assertNotNull(editor);
	}

	@Test
	void deleteAsksFirstAndThenRemovesTheMaterial() throws Exception {
		String id = "fused-silica"; //$NON-NLS-1$
		MaterialsViewPage view = MaterialsViewPage.open().search(""); //$NON-NLS-1$
		Ui.waitUntil("fused silica in the view", () -> view.rows().stream().anyMatch(m -> m.id().equals(id))); //$NON-NLS-1$

		String question = view.pressDelete(id).answer("Delete Material", "Cancel"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(question.contains(id) && question.contains("all its versions"), question); //$NON-NLS-1$
		Ui.processEvents();
		assertTrue(view.rows().stream().anyMatch(m -> m.id().equals(id)), "Cancel keeps the material"); //$NON-NLS-1$

		view.pressDelete(id).answer("Delete Material", "Delete"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("fused silica to leave the view", () -> view.rows().stream().noneMatch(m -> m.id().equals(id))); //$NON-NLS-1$

		MaterialsViewPage.restoreBuiltIn(id); // the other tests of this workbench expect every built-in material
		Ui.waitUntil("fused silica back in the view", () -> view.rows().stream().anyMatch(m -> m.id().equals(id))); //$NON-NLS-1$
	}
}
