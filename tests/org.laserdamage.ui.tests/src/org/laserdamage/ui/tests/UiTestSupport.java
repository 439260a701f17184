package org.laserdamage.ui.tests;

import java.io.File;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Small helpers for driving the workbench from the test thread: run on the UI
 * thread, wait with a timeout, find controls by their widget key, take
 * screenshots. Page objects build on these.
 */
public final class UiTestSupport {

	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private UiTestSupport() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs {@code task} on the UI thread and returns its result, rethrowing its failure. */
	public static <T> T onUi(Supplier<T> task) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(task.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	/** Waits until {@code condition} (evaluated on the UI thread) holds. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < end) {
			if (onUi(condition::getAsBoolean)) {
				return;
			}
			sleep(50);
		}
		throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the control below {@code root} whose widget key is {@code key}, or null (UI thread only) */
	public static <C extends Control> C find(Composite root, String key, Class<C> type) {
		for (Control child : root.getChildren()) {
			if (key.equals(child.getData(LaserDamageUI.WIDGET_KEY)) && type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				C found = find(composite, key, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** @return the active workbench window's shell (UI thread only) */
	public static Shell activeShell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Saves a screenshot of the whole display to {@code file} (PNG). */
	public static void screenshot(File file) {
		onUi(() -> {
			Display display = display();
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				file.getParentFile().mkdirs();
				loader.save(file.getPath(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			return null;
		});
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e); //$NON-NLS-1$
		}
	}
}
