package org.laserdamage.model.io;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String StudyIO_missingFile;
	public static String StudyIO_unreadable;
	public static String StudyIO_notAStudy;
	public static String StudyIO_error;
	public static String StudyIO_fixUnknownFeature;
	public static String StudyIO_fixValue;
	public static String StudyIO_fixPackage;
	public static String StudyIO_fixXml;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
