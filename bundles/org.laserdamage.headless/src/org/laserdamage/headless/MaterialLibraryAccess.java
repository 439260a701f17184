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

	/**
	 * @param waiting told when another program is starting or stopping to share the embedded database
	 * @return the open store; the caller closes it
	 */
	static IMaterialStore open(Consumer<String> waiting) throws MaterialStoreException {
		return MaterialStores.openDefault(waiting);
	}

	/**
	 * Reads every material a study may refer to — the database first, then the
	 * sources contributed by plug-ins — into memory and closes the database, so
	 * a run computes on one consistent set of materials. When the embedded
	 * database makes the run wait for another program, standard error says so.
	 *
	 * @param problems receives contributed sources that failed to load
	 * @throws CoreException a {@link RunStatus#SOLVER_FAILURE} naming the database problem
	 */
	static IMaterialLibrary snapshot(Consumer<IStatus> problems) throws CoreException {
		try {
			return MaterialStores.snapshotDefault(problems, System.err::println);
		} catch (MaterialStoreException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
	}
}
