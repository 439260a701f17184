package org.laserdamage.ui.testsupport;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Driving a modal dialog from the test thread: open it without blocking, find it, fill its fields, press its buttons. */
public final class Dialogs {

	private Dialogs() {
	}

	/** Runs {@code open} (which blocks while the dialog is open) later on the UI thread and returns at once. */
	public static void openLater(Runnable open) {
		Ui.display().asyncExec(open);
	}

	/** @return the visible shell titled {@code title}, once it is there */
	public static Shell waitForShell(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		Ui.waitUntil("the dialog " + title, () -> { //$NON-NLS-1$
			found.set(Arrays.stream(Ui.display().getShells()).filter(s -> s.isVisible() && title.equals(s.getText()))
					.findFirst().orElse(null));
			return found.get() != null;
		});
		return found.get();
	}

	public static void waitUntilClosed(Shell shell) {
		Ui.waitUntil("the dialog to close", shell::isDisposed); //$NON-NLS-1$
	}

	/** Types {@code value} into the text with widget key {@code key} (a modify event follows, as from the keyboard). */
	public static void setText(Shell shell, String key, String value) {
		Text text = Ui.waitFor(() -> shell, key, Text.class);
		Ui.run(() -> text.setText(value));
	}

	/** Selects the first item of the combo with widget key {@code key} that contains {@code part}. */
	public static void select(Shell shell, String key, String part) {
		Combo combo = Ui.waitFor(() -> shell, key, Combo.class);
		Ui.run(() -> {
			String[] items = combo.getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].contains(part)) {
					combo.select(i);
					combo.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			throw new AssertionError(part + " is not among " + Arrays.toString(items)); //$NON-NLS-1$
		});
	}

	/** Presses the button whose label, without its mnemonic, is {@code label}. */
	public static void press(Shell shell, String label) {
		Ui.waitUntil("an enabled button " + label, () -> button(shell, label) != null && button(shell, label).isEnabled()); //$NON-NLS-1$
		Ui.run(() -> button(shell, label).notifyListeners(SWT.Selection, new Event()));
	}

	private static Button button(Shell shell, String label) {
		return shell.isDisposed() ? null
				: Ui.find(shell, Button.class, b -> label.equals(b.getText().replace("&", ""))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
