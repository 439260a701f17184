package org.laserdamage.results.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String RunLabels_describe;
	public static String RunLabels_pulses;
	public static String RunLabels_settings;
	public static String RunLabels_title;
	public static String RunLabels_toolTip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
