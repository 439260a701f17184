package org.laserdamage.ui.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that fails a test when a warning or an error was
 * logged while it ran: the workbench, EMF's command stack and databinding
 * catch and log many exceptions that a test would otherwise never see.
 */
public final class NoLoggedProblems implements BeforeEachCallback, AfterEachCallback {

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.WARNING | IStatus.ERROR)) {
			logged.add(status);
		}
	};

	@Override
	public void beforeEach(ExtensionContext context) {
		logged.clear();
		Platform.addLogListener(listener);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Platform.removeLogListener(listener);
		if (!logged.isEmpty()) {
			AssertionError failure = new AssertionError("logged while the test ran: " //$NON-NLS-1$
					+ logged.stream().map(s -> s.getPlugin() + ": " + s.getMessage()).collect(Collectors.joining("; "))); //$NON-NLS-1$ //$NON-NLS-2$
			logged.stream().map(IStatus::getException).filter(e -> e != null).forEach(failure::addSuppressed);
			throw failure;
		}
	}
}
