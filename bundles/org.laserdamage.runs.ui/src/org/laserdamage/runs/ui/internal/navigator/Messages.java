package org.laserdamage.runs.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Action_compare;
	public static String Action_compareFailed;
	public static String Action_compareFailedTitle;
	public static String Action_copyPath;
	public static String Action_delete;
	public static String Action_deleteButton;
	public static String Action_deleteFailed;
	public static String Action_deleteMany;
	public static String Action_deleteOne;
	public static String Action_deleteTitle;
	public static String Action_openFailed;
	public static String Action_openFailedTitle;
	public static String Action_openFolder;
	public static String Action_openReport;
	public static String Label_cancelled;
	public static String Label_failed;
	public static String Label_incomplete;
	public static String Label_comparison;
	public static String Label_previous;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
