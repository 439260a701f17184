package org.laserdamage.headless;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.laserdamage.core.RunStatus;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The one place where the command line opens the material database: the
 * default store, which honours {@code laserdamage.data} (and the other
 * settings of {@link MaterialStores#openDefault()}), so that tests and
 * scripts can point a run at another library.
 */
final class MaterialLibraryAccess {

	private MaterialLibraryAccess() {
	}

	/** @return the open store; the caller closes it */
	static IMaterialStore open() throws MaterialStoreException {
		return MaterialStores.openDefault();
	}

	/**
	 * Reads every material a study may refer to — the database first, then the
	 * sources contributed by plug-ins — into memory and closes the database, so
	 * an embedded (single-process) database is held for a moment, not for a whole run.
	 *
	 * @param problems receives contributed sources that failed to load
	 * @throws CoreException a {@link RunStatus#SOLVER_FAILURE} naming the database problem
	 */
	static IMaterialLibrary snapshot(Consumer<IStatus> problems) throws CoreException {
		try {
			return MaterialStores.snapshotDefault(problems);
		} catch (MaterialStoreException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
	}
}
