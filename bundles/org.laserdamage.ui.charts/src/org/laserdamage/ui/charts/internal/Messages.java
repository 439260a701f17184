package org.laserdamage.ui.charts.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String ChartBar_png;
	public static String ChartBar_readoutTip;
	public static String ChartBar_reset;
	public static String ChartBar_resetTip;
	public static String ChartBar_svg;
	public static String ChartMenu_exportPng;
	public static String ChartMenu_exportSvg;
	public static String ChartMenu_exportTitle;
	public static String ChartMenu_exportFailed;

	public static String Readout_point;
	public static String Readout_position;
	public static String Readout_value;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
