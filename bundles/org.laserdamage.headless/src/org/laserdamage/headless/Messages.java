package org.laserdamage.headless;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_unknownCommand;
	public static String Cli_unknownOption;
	public static String Cli_extraArgument;
	public static String Cli_badPath;
	public static String Benchmark_usage;
	public static String Benchmark_accuracyHeading;
	public static String Benchmark_accuracyResult;
	public static String Benchmark_jointResult;
	public static String Benchmark_noJoint;
	public static String Benchmark_atTolerance;
	public static String Benchmark_notConverged;
	public static String Benchmark_ratio;
	public static String Benchmark_badTolerance;
	public static String Cli_missingStudy;
	public static String Cli_missingValue;
	public static String Cli_warning;
	public static String Cli_note;
	public static String Cli_error;
	public static String Cli_valid;
	public static String Cli_finished;
	public static String Cli_peak;
	public static String Cli_results;
	public static String Cli_report;
	public static String Compare_missingSolvers;
	public static String Compare_results;
	public static String Compare_csv;
	public static String Cli_notStopping;
	public static String Cli_interrupted;
	public static String Cli_cancelledBySignal;
	public static String Cli_detailsLogged;
	public static String Cli_noLog;
	public static String Cli_outOfMemory;
	public static String Cli_unexpected;
	public static String Cleanup_none;
	public static String Cleanup_deadRun;
	public static String Cleanup_hint;
	public static String Cleanup_deleted;
	public static String Cleanup_failed;
	public static String Cleanup_mention;
	public static String Materials_usageList;
	public static String Materials_usageShow;
	public static String Materials_usageImport;
	public static String Materials_usageExport;
	public static String Materials_usageDelete;
	public static String Materials_noStudiesFolder;
	public static String Materials_deleteInUse;
	public static String Materials_deleted;
	public static String Materials_cannotSearchStudies;
	public static String Materials_unknownCommand;
	public static String Materials_unknownClass;
	public static String Materials_noneListed;
	public static String Materials_unknownId;
	public static String Materials_unknownVersion;
	public static String Materials_nothingImported;
	public static String Materials_noSuchFile;
	public static String Materials_cannotRead;
	public static String Materials_checked;
	public static String Materials_importSummary;
	public static String Materials_stored;
	public static String Materials_unchanged;
	public static String Materials_exportedJson;
	public static String Materials_exportedCsv;
	public static String Materials_exportTargetExists;
	public static String Materials_cannotWrite;
	public static String Materials_repeatedOption;
	public static String Materials_badVersion;
	public static String Materials_showTitle;
	public static String Materials_density;
	public static String Materials_specificHeat;
	public static String Materials_conductivity;
	public static String Materials_conductivityThroughThickness;
	public static String Materials_meltingRange;
	public static String Materials_meltingRangeValue;
	public static String Materials_latentHeatFusion;
	public static String Materials_noMelting;
	public static String Materials_noBoiling;
	public static String Materials_boilingPoint;
	public static String Materials_latentHeatVaporization;
	public static String Materials_emissivity;
	public static String Materials_absorptivity;
	public static String Materials_atWavelength;
	public static String Materials_source;
	public static String Materials_notes;
	public static String Materials_constant;
	public static String Materials_tableRange;
	public static String Materials_valueAt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
