package org.laserdamage.core;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Mapper_unknownMaterial;
	public static String Mapper_wavelengthOutsideTable;
	public static String Mapper_unsupportedProfile;
	public static String Mapper_neverMelts;
	public static String Preparation_badOverride;
	public static String Preparation_invalid;
	public static String Preparation_unknownSolver;
	public static String Run_task;
	public static String Run_failed;
	public static String Run_cancelled;
	public static String Run_cannotWrite;
	public static String Run_previousKept;
	public static String Run_aboveBoiling;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
