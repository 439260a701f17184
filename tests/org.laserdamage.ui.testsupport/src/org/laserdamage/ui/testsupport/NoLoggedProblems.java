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

	private static final List<String> EXPECTED = new CopyOnWriteArrayList<>();

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.WARNING | IStatus.ERROR) && !expected(status)) {
			logged.add(status);
		}
	};

	/** @return whether the test expects {@code status}, or a status it holds, to be logged */
	private static boolean expected(IStatus status) {
		if (EXPECTED.stream().anyMatch(fragment -> String.valueOf(status.getMessage()).contains(fragment))) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (child.matches(IStatus.WARNING | IStatus.ERROR) && expected(child)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Lets the running test log problems whose message contains
	 * {@code fragment} (a test of an error that the workbench logs by design).
	 */
	public static void expect(String fragment) {
		EXPECTED.add(fragment);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		logged.clear();
		EXPECTED.clear();
		Platform.addLogListener(listener);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Platform.removeLogListener(listener);
		EXPECTED.clear();
		if (!logged.isEmpty()) {
			AssertionError failure = new AssertionError("logged while the test ran: " //$NON-NLS-1$
					+ logged.stream().map(s -> s.getPlugin() + ": " + s.getMessage()).collect(Collectors.joining("; "))); //$NON-NLS-1$ //$NON-NLS-2$
			logged.stream().map(IStatus::getException).filter(e -> e != null).forEach(failure::addSuppressed);
			throw failure;
		}
	}
}
