package org.laserdamage.backup.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.backup.ui.BackupUI;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The backup preferences: the destination (also the wizards' default),
 * whether the workbench backs up its own data on a schedule, how often, how
 * long sets are kept, and a webhook told of every scheduled or wizard backup.
 */
public final class BackupSettings {

	/** Key: the folder holding the sets. */
	public static final String DESTINATION = "destination"; //$NON-NLS-1$
	/** Key: whether scheduled backups run. */
	public static final String SCHEDULED = "scheduled"; //$NON-NLS-1$
	/** Key: hours between two scheduled backups. */
	public static final String INTERVAL_HOURS = "interval.hours"; //$NON-NLS-1$
	/** Key: days a set is kept (the seed's 30). */
	public static final String RETENTION_DAYS = "retention.days"; //$NON-NLS-1$
	/** Key: verified sets kept at most (0: no limit by count). */
	public static final String KEEP = "retention.keep"; //$NON-NLS-1$
	/** Key: the webhook address, may be empty. */
	public static final String WEBHOOK = "webhook"; //$NON-NLS-1$

	public static final int DEFAULT_INTERVAL_HOURS = 24;
	public static final int DEFAULT_RETENTION_DAYS = 30;
	public static final int MAX_HOURS = 24 * 365;

	private BackupSettings() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(BackupUI.PLUGIN_ID);
	}

	/** @return the destination set, or {@code <data folder>/backups} */
	public static Path destination() {
		String set = node().get(DESTINATION, "").strip(); //$NON-NLS-1$
		if (!set.isEmpty()) {
			return Path.of(set);
		}
		try {
			return MaterialStores.dataDirectory().resolve("backups"); //$NON-NLS-1$
		} catch (MaterialStoreException e) {
			return Path.of(System.getProperty("user.home"), "laserdamage-backups"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static boolean scheduled() {
		return node().getBoolean(SCHEDULED, false);
	}

	public static int intervalHours() {
		return Math.max(1, node().getInt(INTERVAL_HOURS, DEFAULT_INTERVAL_HOURS));
	}

	public static int retentionDays() {
		return Math.max(1, node().getInt(RETENTION_DAYS, DEFAULT_RETENTION_DAYS));
	}

	public static int keep() {
		return Math.max(0, node().getInt(KEEP, 0));
	}

	/** @return the webhook address, when one is set */
	public static Optional<String> webhook() {
		String set = node().get(WEBHOOK, "").strip(); //$NON-NLS-1$
		return set.isEmpty() ? Optional.empty() : Optional.of(set);
	}

	public static void save() throws CoreException {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Settings_cannotSave, e.getMessage()), e));
		}
	}
}
