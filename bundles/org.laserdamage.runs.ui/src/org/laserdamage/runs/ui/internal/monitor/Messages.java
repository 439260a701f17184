package org.laserdamage.runs.ui.internal.monitor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Runs_cancel;
	public static String Runs_cancelledState;
	public static String Runs_failedState;
	public static String Runs_queuedState;
	public static String Runs_run;
	public static String Runs_runningState;
	public static String Runs_succeededState;
	public static String Runs_waitingState;
	public static String Runs_details;
	public static String Runs_duration;
	public static String Runs_queued;
	public static String Runs_openResults;
	public static String Runs_state;
	public static String Runs_study;
	public static String Summary_header;
	public static String Summary_none;
	public static String Summary_reading;
	public static String Summary_select;
	public static String Summary_unreadable;
	public static String Summary_warning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
