package org.laserdamage.runs.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Label_cancelled;
	public static String Label_failed;
	public static String Label_incomplete;
	public static String Label_previous;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
