package org.laserdamage.materials.store.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Store_name;
	public static String Store_closed;
	public static String Driver_missing;
	public static String Lock_cannotCreate;
	public static String Lock_thisProcess;
	public static String Lock_inUse;
	public static String Lock_inUseUnknown;
	public static String Lock_commandUnknown;
	public static String Shared_waiting;
	public static String Shared_waitingUnknown;
	public static String Shared_clientFailed;
	public static String Shared_unreachable;
	public static String Shared_interrupted;
	public static String Server_cannotStart;
	public static String Damaged;
	public static String Data_empty;
	public static String Data_property;
	public static String Data_variable;
	public static String Data_notFolder;
	public static String Data_cannotCreate;
	public static String Data_notWritable;
	public static String Conflict_newerVersion;
	public static String Conflict_someone;
	public static String Delete_failed;
	public static String Derby_inUse;
	public static String Derby_cannotOpen;
	public static String Open_badUrl;
	public static String Open_unreachable;
	public static String Open_login;
	public static String Open_noDatabase;
	public static String Open_noSchema;
	public static String Open_noPrivilege;
	public static String Open_failed;
	public static String Schema_newer;
	public static String Read_failed;
	public static String Read_invalidRecord;
	public static String Write_conflict;
	public static String Write_tooLong;
	public static String Write_failed;
	public static String Write_notFinite;

	public static String Store_noOnlineBackup;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
