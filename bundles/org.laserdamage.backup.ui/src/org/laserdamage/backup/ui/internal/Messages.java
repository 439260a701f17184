package org.laserdamage.backup.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Backup_nothingChosen;
	public static String Item_project;
	public static String Item_materials;
	public static String Item_materialServer;
	public static String Item_materialsExport;
	public static String Item_jobs;
	public static String Item_preferences;
	public static String Preferences_unreadable;
	public static String Preferences_cannotApply;
	public static String Settings_cannotSave;
	public static String Settings_description;
	public static String Settings_scheduled;
	public static String Settings_interval;
	public static String Settings_retention;
	public static String Settings_keep;
	public static String Settings_webhook;
	public static String Settings_last;
	public static String Settings_badDestination;
	public static String Settings_badNumber;
	public static String Settings_badWebhook;
	public static String Schedule_job;
	public static String Schedule_none;
	public static String Schedule_done;
	public static String Schedule_failed;
	public static String Schedule_cancelled;
	public static String Operation_cancelled;
	public static String Browse;
	public static String BackupWizard_title;
	public static String BackupWizard_contentsTitle;
	public static String BackupWizard_contentsDescription;
	public static String BackupWizard_databases;
	public static String BackupWizard_projects;
	public static String BackupWizard_preferences;
	public static String BackupWizard_destination;
	public static String BackupWizard_verifyOthers;
	public static String BackupWizard_verifiedNote;
	public static String BackupWizard_noDestination;
	public static String BackupWizard_unsaved;
	public static String BackupWizard_resultTitle;
	public static String BackupWizard_resultDescription;
	public static String Result_set;
	public static String Result_product;
	public static String Result_schemas;
	public static String Result_size;
	public static String Result_reverified;
	public static String RestoreWizard_title;
	public static String RestoreWizard_setsTitle;
	public static String RestoreWizard_setsDescription;
	public static String RestoreWizard_list;
	public static String RestoreWizard_columnSet;
	public static String RestoreWizard_columnDate;
	public static String RestoreWizard_columnState;
	public static String RestoreWizard_columnSize;
	public static String RestoreWizard_columnContents;
	public static String RestoreWizard_items;
	public static String RestoreWizard_noSets;
	public static String RestoreWizard_badFolder;
	public static String RestoreWizard_pick;
	public static String RestoreWizard_notGood;
	public static String RestoreWizard_noItems;
	public static String RestoreWizard_previewTitle;
	public static String RestoreWizard_previewDescription;
	public static String RestoreWizard_columnWhat;
	public static String RestoreWizard_columnWhere;
	public static String RestoreWizard_columnEntries;
	public static String RestoreWizard_columnEffect;
	public static String RestoreWizard_replaces;
	public static String RestoreWizard_creates;
	public static String RestoreWizard_previewNote;
	public static String RestoreWizard_confirm;
	public static String RestoreWizard_editorsOpen;
	public static String RestoreWizard_resultTitle;
	public static String RestoreWizard_resultDescription;
	public static String RestoreWizard_restoredLine;
	public static String RestoreWizard_resumed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
