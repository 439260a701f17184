package org.laserdamage.jobs;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Store_cannotWrite;
	public static String Store_cannotRead;
	public static String Store_damaged;
	public static String Store_noSuchJob;
	public static String Store_notFinished;
	public static String Store_badId;
	public static String Store_frozenMaterials;
	public static String Local_waitingForSlot;
	public static String Runner_unknownPlace;
	public static String Runner_timedOut;
	public static String Runner_cancelled;
	public static String Runner_retrying;
	public static String Runner_failedAfterAttempts;
	public static String Runner_ownerDied;
	public static String Runner_unknownMaterial;
	public static String Places_unknown;
	public static String Places_notAFactory;
	public static String Local_badSlots;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
