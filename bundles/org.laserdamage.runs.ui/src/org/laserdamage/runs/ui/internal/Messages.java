package org.laserdamage.runs.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Console_name;
	public static String Console_progress;
	public static String RunHandler_invalid;
	public static String RunHandler_more;
	public static String RunHandler_noStudy;
	public static String RunHandler_saveFirst;
	public static String RunHandler_title;
	public static String RunJob_cancelled;
	public static String RunJob_done;
	public static String RunJob_failed;
	public static String RunJob_gone;
	public static String RunJob_finished;
	public static String RunJob_invalid;
	public static String RunJob_name;
	public static String RunJob_notLocal;
	public static String RunJob_openResults;
	public static String RunJob_submitted;
	public static String RunJob_warning;
	public static String Summary_notApplicable;
	public static String Summary_notReached;
	public static String Summary_peak;
	public static String Summary_reached;

	public static String ValidateHandler_invalid;
	public static String ValidateHandler_noStudy;
	public static String ValidateHandler_title;
	public static String ValidateHandler_valid;
	public static String WorkbenchJobs_busy;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
