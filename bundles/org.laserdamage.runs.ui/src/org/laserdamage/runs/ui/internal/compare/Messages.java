package org.laserdamage.runs.ui.internal.compare;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Dialog_title;
	public static String Dialog_heading;
	public static String Dialog_message;
	public static String Dialog_solvers;
	public static String Dialog_note;
	public static String Dialog_compare;
	public static String Dialog_tooFew;
	public static String Handler_noStudy;
	public static String Handler_saveFirst;
	public static String Handler_oneSolver;
	public static String Job_name;
	public static String Job_done;
	public static String Job_invalid;
	public static String Job_failed;
	public static String Job_notComparable;
	public static String Job_noCriteria;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
