package org.laserdamage.backup;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One thing a backup set holds: a folder, archived as {@code <name>.tar.gz}
 * and restored to the same place (or one the restore is given).
 *
 * @param name     the item's name: letters, digits, {@code -} and {@code _}; unique in a set
 * @param content  what it is
 * @param location the folder it comes from and is restored to
 * @param snapshot for a folder that changes while it is read (a database in use): writes a consistent copy
 *                 into a given empty folder, which is then archived instead; {@code null} archives the
 *                 folder as it is
 */
public record BackupItem(String name, BackupContent content, Path location, Snapshot snapshot) {

	/** Writes a consistent copy of a folder that is in use. */
	@FunctionalInterface
	public interface Snapshot {
		/** Writes the copy into {@code empty}: its files are what the archive holds. */
		void copyInto(Path empty, IProgressMonitor monitor) throws CoreException, IOException;
	}

	public BackupItem {
		if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) { //$NON-NLS-1$
			throw new IllegalArgumentException("a backup item's name is 1-64 letters, digits, - and _: " + name); //$NON-NLS-1$
		}
		location = location.toAbsolutePath().normalize();
	}

	/** @return a folder archived as it is */
	public static BackupItem folder(String name, BackupContent content, Path location) {
		return new BackupItem(name, content, location, null);
	}

	/** @return the archive's file name in the set */
	public String archiveName() {
		return name + ".tar.gz"; //$NON-NLS-1$
	}
}
