package org.laserdamage.ui;

import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Tells a part that the display units in the preferences changed, so that what
 * it shows is written in the new units without reopening it. The listener lives
 * as long as the control it belongs to.
 */
public final class DisplayUnitsChange {

	private static final Set<String> KEYS = Set.of(WorkbenchPreferences.TEMPERATURE_UNIT,
			WorkbenchPreferences.POWER_UNIT, WorkbenchPreferences.LENGTH_UNIT);

	private DisplayUnitsChange() {
	}

	/**
	 * Runs {@code refresh} on the UI thread after each change of a display unit,
	 * until {@code owner} is disposed.
	 */
	public static void onChange(Control owner, Runnable refresh) {
		IEclipsePreferences node = WorkbenchPreferences.node();
		Display display = owner.getDisplay();
		// preferences may change on any thread
		IPreferenceChangeListener listener = event -> {
			if (KEYS.contains(event.getKey()) && !display.isDisposed()) {
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						refresh.run();
					}
				});
			}
		};
		node.addPreferenceChangeListener(listener);
		owner.addDisposeListener(event -> node.removePreferenceChangeListener(listener));
	}
}
