package org.laserdamage.ui.charts.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String ChartMenu_exportPng;
	public static String ChartMenu_exportSvg;
	public static String ChartMenu_exportTitle;
	public static String ChartMenu_exportFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
