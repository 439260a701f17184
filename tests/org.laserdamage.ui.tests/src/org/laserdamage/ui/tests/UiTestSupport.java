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
import org.eclipse.swt.widgets.Event;
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

	/** @return the visible control below {@code root} whose widget key is {@code key}, or null (UI thread only) */
	public static <C extends Control> C findVisible(Composite root, String key, Class<C> type) {
		for (Control child : root.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			if (key.equals(child.getData(LaserDamageUI.WIDGET_KEY)) && type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				C found = findVisible(composite, key, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Gives {@code control} the keyboard focus and waits until it has it. */
	public static void focus(Control control) {
		onUi(() -> {
			control.getShell().forceActive();
			return control.forceFocus();
		});
		waitUntil("the keyboard focus on " + control, () -> control.isFocusControl()); //$NON-NLS-1$
	}

	/** Types {@code text} into the focus control with real key events (Shift for capitals). */
	public static void type(String text) {
		for (char c : text.toCharArray()) {
			boolean shift = Character.isUpperCase(c);
			if (shift) {
				postKey(SWT.KeyDown, SWT.SHIFT, '\0');
			}
			postKey(SWT.KeyDown, 0, Character.toLowerCase(c));
			postKey(SWT.KeyUp, 0, Character.toLowerCase(c));
			if (shift) {
				postKey(SWT.KeyUp, SWT.SHIFT, '\0');
			}
		}
		flush();
	}

	/** Presses and releases a key given by its SWT key code, e.g. {@link SWT#CR}. */
	public static void press(int keyCode) {
		postKey(SWT.KeyDown, keyCode, '\0');
		postKey(SWT.KeyUp, keyCode, '\0');
		flush();
	}

	/**
	 * Clicks with the left button at {@code x, y} of {@code control} (control
	 * coordinates), twice for a double-click. The mouse events go to the
	 * control as SWT events: under Xvfb, GTK reports buttons posted with
	 * {@link Display#post} at the screen origin instead of the pointer.
	 */
	public static void click(Control control, int x, int y, int count) {
		onUi(() -> {
			for (int i = 1; i <= count; i++) {
				send(control, SWT.MouseDown, x, y, i);
				if (i == 2) {
					send(control, SWT.MouseDoubleClick, x, y, i);
				}
				send(control, SWT.MouseUp, x, y, i);
			}
			return null;
		});
		flush();
	}

	private static void send(Control control, int type, int x, int y, int count) {
		Event event = new Event();
		event.type = type;
		event.x = x;
		event.y = y;
		event.button = 1;
		event.count = count;
		event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
		control.notifyListeners(type, event);
	}

	private static void postKey(int type, int keyCode, char character) {
		Event key = new Event();
		key.type = type;
		key.keyCode = keyCode;
		key.character = character;
		post(key);
	}

	private static void post(Event event) {
		if (!display().post(event)) {
			throw new AssertionError("The display refused the input event " + event); //$NON-NLS-1$
		}
	}

	/** Lets the UI thread handle the events posted so far (and a resize or repaint). */
	public static void flush() {
		sleep(100);
		onUi(() -> {
			while (display().readAndDispatch()) {
				// handle everything that is queued
			}
			return null;
		});
	}

	/** @return the active workbench window's shell (UI thread only) */
	public static Shell activeShell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Saves a screenshot of the whole display to {@code file} (PNG). */
	public static void screenshot(File file) {
		screenshot(file, () -> display().getBounds());
	}

	/** Saves a screenshot of the client area of the active workbench window to {@code file} (PNG). */
	public static void screenshotWindow(File file) {
		screenshot(file, () -> {
			Shell shell = activeShell();
			return display().map(shell, null, shell.getClientArea());
		});
	}

	private static void screenshot(File file, Supplier<Rectangle> area) {
		onUi(() -> {
			Display display = display();
			Rectangle bounds = area.get();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
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
