package org.laserdamage.results.ui.internal.compare;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Compare_chartTitle;
	public static String Compare_criterionMargin;
	public static String Compare_criterionTime;
	public static String Compare_first;
	public static String Compare_notReached;
	public static String Compare_peak;
	public static String Compare_run;
	public static String Compare_second;
	public static String Compare_seriesKey;
	public static String Compare_settings;
	public static String Compare_solver;
	public static String Compare_started;
	public static String Compare_study;
	public static String Compare_temperatureAxis;
	public static String Compare_timeAxis;
	public static String Compare_title;
	public static String Compare_unfinished;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
