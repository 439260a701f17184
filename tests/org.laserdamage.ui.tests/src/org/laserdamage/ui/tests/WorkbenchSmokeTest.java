package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.testsupport.MaterialsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.Ui;

/** The workbench starts on the Study perspective and its Materials view lists the library. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class WorkbenchSmokeTest {

	@Test
	void workbenchOpensOnStudyPerspective() {
		Ui.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null); //$NON-NLS-1$
		String perspective = Ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getPerspective().getId());
		assertEquals(LaserDamageUI.STUDY_PERSPECTIVE, perspective);
		String title = Ui.call(() -> Ui.workbenchShell().getText());
		assertTrue(title.contains("Laser Damage"), title); //$NON-NLS-1$
	}

	@Test
	void materialsViewListsBuiltInMaterials() {
		MaterialsViewPage page = MaterialsViewPage.open();
		List<String> names = page.column(0);
		assertTrue(names.size() >= 8, "expected at least 8 built-in materials, saw " + names); //$NON-NLS-1$
		assertTrue(names.stream().anyMatch(n -> n.contains("6061")), "Al 6061 missing from " + names); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.save("workbench-materials.png"); //$NON-NLS-1$
	}
}
