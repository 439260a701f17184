package org.laserdamage.runs.ui.internal.monitor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Jobs_allStates;
	public static String Jobs_cancel;
	public static String Jobs_ended;
	public static String Jobs_filter;
	public static String Jobs_id;
	public static String Jobs_logTitle;
	public static String Jobs_noLog;
	public static String Jobs_openLog;
	public static String Jobs_openResults;
	public static String Jobs_place;
	public static String Jobs_progress;
	public static String Jobs_reason;
	public static String Jobs_removeConfirm;
	public static String Jobs_removeFinished;
	public static String Jobs_rerun;
	public static String Jobs_rerunning;
	public static String Jobs_result;
	public static String Jobs_resultUnreadable;
	public static String Jobs_solver;
	public static String Jobs_started;
	public static String Jobs_state;
	public static String Jobs_study;
	public static String Runs_cancelledState;
	public static String Runs_failedState;
	public static String Runs_queuedState;
	public static String Runs_runningState;
	public static String Runs_succeededState;
	public static String Runs_waitingState;
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
