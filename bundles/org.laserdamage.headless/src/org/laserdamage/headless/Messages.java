package org.laserdamage.headless;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_unknownCommand;
	public static String Cli_unknownOption;
	public static String Cli_extraArgument;
	public static String Cli_missingStudy;
	public static String Cli_missingValue;
	public static String Cli_warning;
	public static String Cli_error;
	public static String Cli_valid;
	public static String Cli_finished;
	public static String Cli_peak;
	public static String Cli_results;
	public static String Cli_report;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
