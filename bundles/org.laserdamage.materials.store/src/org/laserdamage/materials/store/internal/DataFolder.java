package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Checks the user's data folder before the database is opened in it, so that
 * a mistyped or unusable setting is an error that names it rather than a
 * library created somewhere else.
 */
final class DataFolder {

	private DataFolder() {
	}

	static void requireUsable(Path folder) throws MaterialStoreException {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new MaterialStoreException(NLS.bind(Messages.Data_notFolder, folder));
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new MaterialStoreException(NLS.bind(Messages.Data_cannotCreate, folder, e.getMessage()), e);
		}
		// Files.isWritable asks the access rules (it is true for root on a read-only mount, so try it too)
		Path probe = null;
		try {
			if (!Files.isWritable(folder)) {
				throw new IOException(folder.toString());
			}
			probe = Files.createTempFile(folder, ".write-test", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new MaterialStoreException(NLS.bind(Messages.Data_notWritable, folder), e);
		} finally {
			deleteQuietly(probe);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// An empty temporary file in the data folder is harmless.
			}
		}
	}
}
