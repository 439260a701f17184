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
	public static String Run_outOfMemory;
	public static String Run_stackOverflow;
	public static String Run_unexpected;
	public static String Run_unexpectedWithMessage;
	public static String Verify_task;
	public static String Verify_levelFailed;
	public static String Verify_large;
	public static String Verify_observed;
	public static String Verify_assumed;
	public static String Verify_heading;
	public static String Verify_none;
	public static String Verify_line;
	public static String Verify_observedOrder;
	public static String Verify_assumedOrder;
	public static String Verify_level;
	public static String Verify_peakTemperature;
	public static String Verify_meltOnset;
	public static String Verify_meltThrough;
	public static String Verify_threshold;
	public static String Verify_notReached;
	public static String Accuracy_level;
	public static String Accuracy_noMeltOnset;
	public static String Compare_unknownSolver;
	public static String Compare_repeatedSolver;
	public static String Compare_tooFew;
	public static String Compare_invalidFor;
	public static String Compare_sameStudy;
	public static String Compare_noOverrides;
	public static String Compare_overrides;
	public static String Compare_optics;
	public static String Compare_fromMaterial;
	public static String Compare_task;
	public static String Compare_running;
	public static String Compare_cannotRead;
	public static String Out_refused;
	public static String Out_empty;
	public static String Out_badName;
	public static String Out_root;
	public static String Out_home;
	public static String Out_workingDirectory;
	public static String Out_studyFile;
	public static String Out_holdsStudy;
	public static String Out_guarded;
	public static String Out_mountPoint;
	public static String Out_notAFolder;
	public static String Out_parentNotFolder;
	public static String Out_readOnly;
	public static String Out_cannotCreate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
