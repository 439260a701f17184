package org.laserdamage.jobs.slurm.internal;

import org.eclipse.osgi.util.NLS;

/** Strings a user reads, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Settings_missing;
	public static String Settings_sharedFolderWhat;
	public static String Settings_notAFolder;
	public static String Settings_noLauncher;
	public static String Settings_launcherNotExecutable;
	public static String Settings_badLicenses;
	public static String Settings_badPoll;
	public static String Settings_onPath;
	public static String Settings_inBin;
	public static String Settings_badName;
	public static String Settings_noCommand;
	public static String Place_cannotStage;
	public static String Place_task;
	public static String Place_submitting;
	public static String Place_pending;
	public static String Place_running;
	public static String Place_other;
	public static String Place_refused;
	public static String Place_unreachable;
	public static String Place_lostContact;
	public static String Place_forgotten;
	public static String Place_failed;
	public static String Place_noErrorOutput;
	public static String Place_lost;
	public static String Place_timeLimit;
	public static String Place_noResults;
	public static String Place_cannotCopyBack;
	public static String Place_cancelled;
	public static String Place_cancelledInSlurm;
	public static String Place_scriptComment;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
