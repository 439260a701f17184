package org.laserdamage.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.laserdamage.ui.WorkbenchPreferences;

/** Sets the defaults of the workbench preferences. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		WorkbenchPreferences.initializeDefaults();
	}
}
