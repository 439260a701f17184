package org.laserdamage.backup;

import java.util.Locale;
import java.util.Optional;

/** What a backup item holds, as the seed's backup script groups it. */
public enum BackupContent {
	/** Databases: the material library, the job list or queue. */
	DATABASES,
	/** Simulation results. */
	RESULTS,
	/** Configuration files. */
	CONFIGURATION,
	/** User data: studies and a material library export. */
	USER_DATA;

	/** @return the name in manifests and on the command line: databases, results, configuration, userdata */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace("_", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the content called {@code label}, if any */
	public static Optional<BackupContent> of(String label) {
		for (BackupContent c : values()) {
			if (c.label().equals(label)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}
}
