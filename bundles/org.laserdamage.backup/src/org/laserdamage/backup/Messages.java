package org.laserdamage.backup;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Archive_unsafeEntry;
	public static String Archive_tooManyEntries;
	public static String Archive_tooManyBytes;
	public static String Backup_task;
	public static String Backup_item;
	public static String Backup_noDestination;
	public static String Backup_exists;
	public static String Backup_missingSource;
	public static String Backup_cannotWrite;
	public static String Backup_duplicateItem;
	public static String Verify_task;
	public static String Verify_missing;
	public static String Verify_mismatch;
	public static String Verify_unreadable;
	public static String Verify_noManifest;
	public static String Restore_task;
	public static String Restore_notVerified;
	public static String Restore_noSuchSet;
	public static String Restore_noSuchItem;
	public static String Restore_failed;
	public static String Restore_rolledBack;
	public static String Restore_cannotRecover;
	public static String UserData_noMaterialServer;
	public static String Prune_task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
