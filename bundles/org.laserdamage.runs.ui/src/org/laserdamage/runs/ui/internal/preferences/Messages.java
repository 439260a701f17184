package org.laserdamage.runs.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String JobsPage_account;
	public static String JobsPage_ansys;
	public static String JobsPage_ansysExecutable;
	public static String JobsPage_ansysLicense;
	public static String JobsPage_ansysRoot;
	public static String JobsPage_badSlots;
	public static String JobsPage_browse;
	public static String JobsPage_calculix;
	public static String JobsPage_cannotSave;
	public static String JobsPage_ccx;
	public static String JobsPage_description;
	public static String JobsPage_keyTooltip;
	public static String JobsPage_launcher;
	public static String JobsPage_local;
	public static String JobsPage_partition;
	public static String JobsPage_shared;
	public static String JobsPage_slots;
	public static String JobsPage_slurm;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
