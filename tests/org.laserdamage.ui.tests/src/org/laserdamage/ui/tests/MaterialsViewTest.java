package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

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
}
