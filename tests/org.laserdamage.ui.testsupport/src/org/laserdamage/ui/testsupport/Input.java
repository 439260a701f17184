package org.laserdamage.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** Real keyboard and mouse input through {@code Display.post}, as a user would give it. */
public final class Input {

	private Input() {
	}

	/** Gives {@code control} the focus (activating its shell) and waits until it has it. */
	public static void focus(Control control) {
		Ui.run(() -> {
			control.getShell().forceActive();
			control.forceFocus();
		});
		Ui.waitUntil("the focus on " + control, control::isFocusControl); //$NON-NLS-1$
	}

	/** Types {@code text} into the focus control, key by key (Shift for capitals). */
	public static void type(String text) {
		for (char c : text.toCharArray()) {
			boolean shift = Character.isUpperCase(c);
			if (shift) {
				key(SWT.KeyDown, SWT.SHIFT, '\0');
			}
			key(SWT.KeyDown, 0, Character.toLowerCase(c));
			key(SWT.KeyUp, 0, Character.toLowerCase(c));
			if (shift) {
				key(SWT.KeyUp, SWT.SHIFT, '\0');
			}
		}
		Ui.processEvents();
	}

	/** Presses and releases the key with SWT key code {@code keyCode} (e.g. {@link SWT#CR}). */
	public static void press(int keyCode) {
		key(SWT.KeyDown, keyCode, keyCode == SWT.CR ? '\r' : '\0');
		key(SWT.KeyUp, keyCode, keyCode == SWT.CR ? '\r' : '\0');
		Ui.processEvents();
	}

	/**
	 * Presses {@code character} while holding the modifier keys of {@code modifiers}
	 * (e.g. Ctrl+A: {@code SWT.CTRL, 'a'}; Ctrl+Shift+Z: {@code SWT.CTRL | SWT.SHIFT, 'z'}).
	 */
	public static void chord(int modifiers, char character) {
		int[] keys = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
		for (int key : keys) {
			if ((modifiers & key) != 0) {
				key(SWT.KeyDown, key, '\0');
			}
		}
		key(SWT.KeyDown, 0, character);
		key(SWT.KeyUp, 0, character);
		for (int i = keys.length - 1; i >= 0; i--) {
			if ((modifiers & keys[i]) != 0) {
				key(SWT.KeyUp, keys[i], '\0');
			}
		}
		Ui.processEvents();
	}

	/** Clicks the left button at {@code x, y} in {@code control}'s coordinates. */
	public static void click(Control control, int x, int y) {
		Point at = Ui.call(() -> control.toDisplay(x, y));
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		post(move);
		Ui.processEvents();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event button = new Event();
			button.type = type;
			button.button = 1;
			post(button);
		}
		Ui.processEvents();
	}

	/** Clicks the middle of {@code control}. */
	public static void click(Control control) {
		Rectangle area = Ui.call(control::getBounds);
		click(control, area.width / 2, area.height / 2);
	}

	/**
	 * Clicks the left button {@code count} times at {@code x, y} in
	 * {@code control}'s coordinates (2 for a double-click). The mouse events go
	 * to the control as SWT events, not through {@code Display.post}: under
	 * Xvfb, GTK reports a posted double-click at the screen origin instead of
	 * the pointer.
	 */
	public static void click(Control control, int x, int y, int count) {
		Ui.run(() -> {
			for (int i = 1; i <= count; i++) {
				send(control, SWT.MouseDown, x, y, i);
				if (i == 2) {
					send(control, SWT.MouseDoubleClick, x, y, i);
				}
				send(control, SWT.MouseUp, x, y, i);
			}
		});
		Ui.processEvents();
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

	private static void key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		post(event);
	}

	private static void post(Event event) {
		if (!Ui.call(() -> Ui.display().post(event))) {
			throw new AssertionError("the display did not take the event " + event); //$NON-NLS-1$
		}
	}
}
