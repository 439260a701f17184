package org.laserdamage.materials.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.ui.MaterialsUI;

/**
 * The workbench's connection to the material database (an OSGi service, see
 * OSGI-INF): one store for the whole workbench, because the embedded
 * database admits one opener per process. Opened on first use, closed when
 * the bundle stops. Opening can take seconds on first start (it creates and
 * seeds the database), so call it off the UI thread where you can.
 */
public final class MaterialLibraryService {

	/**
	 * What the workbench can show.
	 *
	 * @param library  every material
	 * @param problems why some materials are missing (database or a contributed source unavailable)
	 * @param writable whether edits can be stored (the database is open)
	 * @param location where the materials come from, for messages
	 */
	public record Materials(IMaterialLibrary library, List<IStatus> problems, boolean writable, String location) {
	}

	private IMaterialStore store;
	private IMaterialLibrary withSources;

	/** @throws MaterialStoreException with the store's message when it cannot be opened */
	public synchronized IMaterialStore store() throws MaterialStoreException {
		if (store == null) {
			store = MaterialStores.openDefault();
			withSources = null;
		}
		return store;
	}

	/**
	 * Every material the user can pick: the database and the contributed
	 * sources; when the database cannot be opened, the built-in set (read-only)
	 * with the reason among the problems.
	 */
	public synchronized Materials materials() {
		List<IStatus> problems = new ArrayList<>();
		try {
			IMaterialStore opened = store();
			if (withSources == null) {
				withSources = MaterialSources.all(opened, problems::add);
			}
			return new Materials(withSources, List.copyOf(problems), true, opened.location());
		} catch (MaterialStoreException e) {
			problems.add(Status.error(NLS.bind(Messages.MaterialLibraryService_noDatabase, e.getMessage()), e));
			BuiltInMaterials builtIn = BuiltInMaterials.load();
			IMaterialLibrary fallback = MaterialSources.all(builtIn, problems::add);
			return new Materials(fallback, List.copyOf(problems), false, builtIn.name());
		}
	}

	/**
	 * Copies the open database, consistent while it is used (Derby's online backup), into {@code folder}.
	 *
	 * @return its schema version
	 */
	public synchronized int backupInto(java.nio.file.Path folder) throws MaterialStoreException {
		return MaterialStores.backup(store(), folder);
	}

	/** @return the stored materials (not the contributed sources) */
	public synchronized List<org.laserdamage.materials.Material> stored() throws MaterialStoreException {
		return store().materials();
	}

	/** Work done while the workbench does not hold the database (a restore replacing its files). */
	@FunctionalInterface
	public interface ClosedWork<T, E extends Exception> {
		T run() throws E;
	}

	/**
	 * Closes the database and runs {@code work}; nothing in the workbench opens it again until the work is
	 * done (every use waits for this service); the next use after it opens the database as it then is.
	 */
	public synchronized <T, E extends Exception> T whileClosed(ClosedWork<T, E> work) throws E {
		close();
		return work.run();
	}

	/** Closes the database; called by Declarative Services when the bundle stops. */
	public synchronized void close() {
		if (store != null) {
			try {
				store.close();
			} finally {
				store = null;
				withSources = null;
			}
		}
	}

	@Override
	public String toString() {
		return MaterialsUI.PLUGIN_ID + " material library"; //$NON-NLS-1$
	}
}
