package org.laserdamage.backup.ui;

/** Identifiers of the backup and restore wizards and the backup preferences. */
public final class BackupUI {

	public static final String PLUGIN_ID = "org.laserdamage.backup.ui"; //$NON-NLS-1$
	/** File &gt; Back Up...: the backup wizard. */
	public static final String BACKUP_COMMAND = "org.laserdamage.backup.ui.commands.backup"; //$NON-NLS-1$
	/** File &gt; Restore from Backup...: the restore wizard. */
	public static final String RESTORE_COMMAND = "org.laserdamage.backup.ui.commands.restore"; //$NON-NLS-1$
	/** Preferences &gt; Laser Damage &gt; Backup. */
	public static final String PREFERENCE_PAGE = "org.laserdamage.backup.ui.preferences.backup"; //$NON-NLS-1$

	private BackupUI() {
	}
}
