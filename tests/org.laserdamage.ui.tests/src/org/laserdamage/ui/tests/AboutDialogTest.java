package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.testsupport.AboutDialogPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About: product name, version, build id, and the bundles in Installation Details. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class AboutDialogTest {

	@Test
	void aboutShowsVersionBuildIdAndBundles() {
		AboutDialogPage about = AboutDialogPage.open();
		try {
			assertEquals("About Laser Damage Workbench", about.title()); //$NON-NLS-1$
			assertEquals("Laser Damage Workbench", about.text("about.product")); //$NON-NLS-1$ //$NON-NLS-2$
			Bundle ui = FrameworkUtil.getBundle(LaserDamageUI.class);
			assertEquals("0.1.0", about.text("about.version")); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(ui.getVersion().getQualifier(), about.text("about.buildId")); //$NON-NLS-1$
			assertFalse(about.text("about.buildId").contains("qualifier"), "Tycho stamps the qualifier"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Screenshots.save("about.png"); //$NON-NLS-1$

			List<List<String>> bundles = about.installationDetails();
			assertTrue(bundles.contains(List.of(LaserDamageUI.PLUGIN_ID, ui.getVersion().toString(), "Active")), //$NON-NLS-1$
					"org.laserdamage.ui, active, missing from " + bundles); //$NON-NLS-1$
			assertTrue(bundles.stream().anyMatch(row -> row.get(0).equals("org.eclipse.osgi")), bundles.toString()); //$NON-NLS-1$
			assertTrue(bundles.size() > 50, "expected the whole installation, saw " + bundles.size()); //$NON-NLS-1$
		} finally {
			about.close();
		}
	}
}
