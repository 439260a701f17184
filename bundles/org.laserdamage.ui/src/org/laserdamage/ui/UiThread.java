package org.laserdamage.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/** Hands work from background jobs to the UI thread, quietly doing nothing once the workbench has closed. */
public final class UiThread {

	private UiThread() {
	}

	/**
	 * Runs {@code task} on the UI thread of {@code display} later, unless the
	 * display is disposed (a job that finishes while the workbench closes).
	 *
	 * @return whether the task was queued
	 */
	public static boolean asyncExec(Display display, Runnable task) {
		if (display == null || display.isDisposed()) {
			return false;
		}
		try {
			display.asyncExec(task);
			return true;
		} catch (SWTException e) {
			if (e.code == SWT.ERROR_DEVICE_DISPOSED) {
				return false;
			}
			throw e;
		}
	}
}
