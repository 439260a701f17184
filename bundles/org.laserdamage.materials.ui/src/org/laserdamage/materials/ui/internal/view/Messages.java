package org.laserdamage.materials.ui.internal.view;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Column_name;
	public static String Column_id;
	public static String Column_class;
	public static String Column_density;
	public static String Column_conductivity;
	public static String Column_solidus;
	public static String Column_liquidus;
	public static String Column_version;
	public static String Column_source;
	public static String Column_sourceMore;
	public static String MaterialsPart_searchHint;
	public static String MaterialsPart_allClasses;
	public static String MaterialsPart_loading;
	public static String MaterialsPart_loadJob;
	public static String MaterialsPart_loadFailed;
	public static String MaterialsPart_count;
	public static String MaterialsPart_filteredCount;
	public static String MaterialsPart_open;
	public static String MaterialsPart_delete;
	public static String MaterialDeletion_checkJob;
	public static String MaterialDeletion_cannotCheck;
	public static String MaterialDeletion_title;
	public static String MaterialDeletion_confirm;
	public static String MaterialDeletion_inUse;
	public static String MaterialDeletion_delete;
	public static String MaterialDeletion_deleteAnyway;
	public static String MaterialDeletion_cancel;
	public static String MaterialDeletion_deleteJob;
	public static String MaterialDeletion_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
