package org.laserdamage.runs.ui.internal.launch;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Launch_badAttempts;
	public static String Launch_badTimeout;
	public static String Launch_fileMissing;
	public static String Launch_noFile;
	public static String Launch_noProject;
	public static String Launch_projectMissing;
	public static String PlaceTab_attempts;
	public static String PlaceTab_attemptsHint;
	public static String PlaceTab_name;
	public static String PlaceTab_noTimeout;
	public static String PlaceTab_place;
	public static String PlaceTab_timeout;
	public static String ResourcesTab_name;
	public static String ResourcesTab_processors;
	public static String ResourcesTab_processorsHint;
	public static String ResourcesTab_slots;
	public static String SolverTab_badOption;
	public static String SolverTab_executable;
	public static String SolverTab_executableDefault;
	public static String SolverTab_executableFromPreferences;
	public static String SolverTab_name;
	public static String SolverTab_options;
	public static String SolverTab_solver;
	public static String SolverTab_studysOwn;
	public static String StudyTab_browseTitle;
	public static String StudyTab_file;
	public static String StudyTab_hint;
	public static String StudyTab_name;
	public static String StudyTab_project;
	public static String Tab_browse;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
