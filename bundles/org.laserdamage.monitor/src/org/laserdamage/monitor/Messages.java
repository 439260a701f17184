package org.laserdamage.monitor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Client_badUrl;
	public static String Client_unreachable;
	public static String Client_timeout;
	public static String Client_refused;
	public static String Client_unauthorized;
	public static String Client_badAnswer;
	public static String Client_unsafeEntry;
	public static String Client_tooLarge;
	public static String Client_notFinished;
	public static String Client_streamLost;
	public static String Client_cannotWrite;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
