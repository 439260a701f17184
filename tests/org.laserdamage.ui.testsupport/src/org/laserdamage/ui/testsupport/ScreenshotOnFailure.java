package org.laserdamage.ui.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A JUnit 5 extension that saves a screenshot to {@link Screenshots#FOLDER}
 * when a test fails, named after the test class and method (CI keeps it).
 */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + '-'
				+ context.getRequiredTestMethod().getName() + ".png"; //$NON-NLS-1$
		try {
			Screenshots.save(name);
		} catch (RuntimeException | Error e) {
			cause.addSuppressed(e);
		}
	}
}
