package org.laserdamage.ui.tests;

import java.io.File;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot to target/screenshots when a UI test fails (CI keeps it). */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String dir = System.getProperty("laserdamage.screenshots", "target/screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName() //$NON-NLS-1$
				.replaceAll("[^A-Za-z0-9_-]", "_") + ".png"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			UiTestSupport.screenshot(new File(dir, name));
		} catch (RuntimeException | Error e) {
			cause.addSuppressed(e);
		}
	}
}
