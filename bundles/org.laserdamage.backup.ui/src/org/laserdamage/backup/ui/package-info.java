/**
 * The workbench's backup and restore: File &gt; Back Up... and File &gt;
 * Restore from Backup... (wizards over the operations of
 * {@code org.laserdamage.backup}), and scheduled backups of the workbench's
 * own data set in Preferences &gt; Laser Damage &gt; Backup.
 */
package org.laserdamage.backup.ui;
