package org.laserdamage.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String About_buildId;
	public static String About_details;
	public static String About_menu;
	public static String About_noBuildId;
	public static String About_text;
	public static String About_title;
	public static String About_version;
	public static String Details_active;
	public static String Details_count;
	public static String Details_installed;
	public static String Details_name;
	public static String Details_resolved;
	public static String Details_starting;
	public static String Details_state;
	public static String Details_stopping;
	public static String Details_title;
	public static String Details_uninstalled;
	public static String Details_version;
	public static String Document_missing;
	public static String Document_title;
	public static String Document_openHtml;
	public static String Document_openHtmlTooltip;
	public static String Document_unreadable;
	public static String Menu_edit;
	public static String Menu_file;
	public static String Menu_help;
	public static String Menu_new;
	public static String Menu_openPerspective;
	public static String Menu_preferences;
	public static String Menu_showView;
	public static String Menu_window;
	public static String Preferences_data;
	public static String Preferences_dataTooltip;
	public static String Preferences_description;
	public static String Preferences_length;
	public static String Preferences_power;
	public static String Preferences_solver;
	public static String Preferences_temperature;
	public static String Preferences_welcome;
	public static String Welcome_intro;
	public static String Welcome_materials;
	public static String Welcome_newStudy;
	public static String Welcome_preferences;
	public static String Welcome_runs;
	public static String Welcome_showAtStart;
	public static String Welcome_title;
	public static String Workbench_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
