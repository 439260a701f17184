package org.laserdamage.ui.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The UI thread from a test thread: run there and get the result (failures
 * rethrown in the test), wait for a condition, find controls.
 */
public final class Ui {

	/** How long {@link #waitUntil} waits. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Ui() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs {@code task} on the UI thread and returns what it returns; its exception is thrown here. */
	public static <T> T call(Supplier<T> task) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(task.get());
			} catch (RuntimeException | Error e) {
				failure.set(e);
			}
		});
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException e) {
			throw e;
		}
		if (thrown instanceof Error e) {
			throw e;
		}
		return result.get();
	}

	/** Runs {@code task} on the UI thread; its exception is thrown here. */
	public static void run(Runnable task) {
		call(() -> {
			task.run();
			return null;
		});
	}

	/**
	 * Closes the visible dialogs titled {@code title} (one a failed test left open
	 * would block every later test of the runtime) and every editor, unsaved
	 * changes dropped.
	 */
	public static void closeDialogsAndEditors(String title) {
		run(() -> {
			for (org.eclipse.swt.widgets.Shell shell : display().getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					shell.close();
				}
			}
			StudyEditorPage.page().closeAllEditors(false);
		});
	}

	/**
	 * Waits until {@code condition}, evaluated on the UI thread, holds.
	 *
	 * @throws AssertionError naming {@code what} after {@link #TIMEOUT}
	 */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!call(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pause(50);
		}
	}

	/** Lets the UI thread handle every event queued so far (from the test thread). */
	public static void processEvents() {
		pause(50);
		run(() -> {
			while (display().readAndDispatch()) {
				// drain the queue
			}
		});
	}

	/** @return the first control below {@code root} (depth first) with widget key {@code key}, or null; UI thread */
	public static <C extends Control> C find(Composite root, String key, Class<C> type) {
		return find(root, type, hasKey(key));
	}

	/**
	 * @return like {@link #find(Composite, String, Class)}, but skipping hidden
	 *         controls and everything below them (e.g. the forms of editors that
	 *         are not on top); UI thread
	 */
	public static <C extends Control> C findVisible(Composite root, String key, Class<C> type) {
		return find(root, type, hasKey(key), Control::isVisible);
	}

	private static Predicate<Control> hasKey(String key) {
		return control -> key.equals(control.getData(LaserDamageUI.WIDGET_KEY));
	}

	/** @return the first control below {@code root} (depth first) of {@code type} that {@code test} accepts, or null; UI thread */
	public static <C extends Control> C find(Composite root, Class<C> type, Predicate<? super C> test) {
		return find(root, type, test, c -> true);
	}

	private static <C extends Control> C find(Composite root, Class<C> type, Predicate<? super C> test, Predicate<Control> enter) {
		for (Control child : root.getChildren()) {
			if (!enter.test(child)) {
				continue;
			}
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				C found = find(composite, type, test, enter);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Waits for a control with widget key {@code key} below the root {@code root} supplies, and returns it. */
	public static <C extends Control> C waitFor(Supplier<Composite> root, String key, Class<C> type) {
		AtomicReference<C> found = new AtomicReference<>();
		waitUntil("a " + type.getSimpleName() + " with key " + key, () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Composite composite = root.get();
			found.set(composite == null || composite.isDisposed() ? null : find(composite, key, type));
			return found.get() != null;
		});
		return found.get();
	}

	/** @return the shell of the active workbench window; UI thread */
	public static Shell workbenchShell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting", e); //$NON-NLS-1$
		}
	}
}
