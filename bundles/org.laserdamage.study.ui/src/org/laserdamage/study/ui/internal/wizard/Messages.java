package org.laserdamage.study.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Template_title;
	public static String Template_description;
	public static String File_title;
	public static String File_description;
	public static String File_defaultProject;
	public static String File_projectCreated;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
