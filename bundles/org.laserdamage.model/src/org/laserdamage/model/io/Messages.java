package org.laserdamage.model.io;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String StudyIO_missingFile;
	public static String StudyIO_tooBig;
	public static String StudyIO_unreadable;
	public static String StudyIO_notAStudy;
	public static String StudyIO_severalRoots;
	public static String StudyIO_reference;
	public static String StudyIO_error;
	public static String StudyIO_errors;
	public static String StudyIO_at;
	public static String StudyIO_atEnd;
	public static String StudyIO_more;
	public static String StudyIO_unknownFeature;
	public static String StudyIO_badValue;
	public static String StudyIO_unknownType;
	public static String StudyIO_abstractType;
	public static String StudyIO_unknownNamespace;
	public static String StudyIO_givenTwice;
	public static String StudyIO_wrongElementType;
	public static String StudyIO_notDecimal;
	public static String StudyIO_tooLarge;
	public static String StudyIO_notWhole;
	public static String StudyIO_wholeTooLarge;
	public static String StudyIO_notBoolean;
	public static String StudyIO_encoding;
	public static String StudyIO_notXml;
	public static String StudyIO_doctype;
	public static String StudyIO_truncated;
	public static String StudyIO_fixXml;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
