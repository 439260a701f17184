package org.laserdamage.materials.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.ui.internal.MaterialLibraryService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The materials of the running workbench for other UI bundles (the study
 * editor, the run launcher): the database the Materials view edits plus the
 * contributed sources, through the workbench's one connection to the
 * database. May block while the database is opened: call it off the UI thread.
 */
public final class WorkbenchMaterials {

	/**
	 * @param library  an in-memory copy of every material, never null
	 * @param problems why some materials are missing (e.g. the database could not be opened)
	 */
	public record Snapshot(IMaterialLibrary library, List<IStatus> problems) {
	}

	private WorkbenchMaterials() {
	}

	/**
	 * @param problems told why some materials are missing
	 * @return the workbench's materials ({@link #snapshot()}), or, outside a
	 *         workbench, a snapshot of the default database and the contributed sources
	 * @throws MaterialStoreException when there is no workbench and the database cannot be read
	 */
	public static IMaterialLibrary library(Consumer<IStatus> problems) throws MaterialStoreException {
		Snapshot workbench = snapshot();
		if (workbench != null) {
			workbench.problems().forEach(problems);
			return workbench.library();
		}
		return MaterialStores.snapshotDefault(problems);
	}

	/**
	 * @return a copy of the workbench's materials, or null when the material
	 *         service is not running (outside a workbench, e.g. headless)
	 */
	public static Snapshot snapshot() {
		return withService(service -> {
			MaterialLibraryService.Materials materials = service.materials();
			IMaterialLibrary library = materials.library();
			return new Snapshot(MaterialLibraries.of(library.name(), library.materials()), materials.problems());
		}, () -> null);
	}

	/**
	 * Copies the material database, consistent while the workbench uses it, into {@code folder} (a backup);
	 * outside a workbench, the default database.
	 *
	 * @return the database's schema version
	 */
	public static int backupInto(Path folder) throws MaterialStoreException {
		return withService(service -> service.backupInto(folder), () -> {
			try (IMaterialStore store = MaterialStores.openDefault()) {
				return MaterialStores.backup(store, folder);
			}
		});
	}

	/** @return the materials stored in the database (not the contributed sources) */
	public static List<Material> stored() throws MaterialStoreException {
		return withService(MaterialLibraryService::stored, () -> {
			try (IMaterialStore store = MaterialStores.openDefault()) {
				return store.materials();
			}
		});
	}

	/** Work done while the workbench does not hold the material database. */
	@FunctionalInterface
	public interface ClosedWork<T, E extends Exception> {
		T run() throws E;
	}

	/**
	 * Runs {@code work} while the workbench does not hold the material database (a restore replacing its
	 * files): the workbench's connection is closed first, and every use of the library waits until the work
	 * is done, then opens the database as it is then.
	 */
	public static <T, E extends Exception> T whileClosed(ClosedWork<T, E> work) throws E {
		return withService(service -> service.whileClosed(work::run), work::run);
	}

	@FunctionalInterface
	private interface ServiceCall<T, E extends Exception> {
		T call(MaterialLibraryService service) throws E;
	}

	/** @return what {@code call} gives of the workbench's material service, or what {@code without} gives without one */
	private static <T, E extends Exception> T withService(ServiceCall<T, E> call, ClosedWork<T, E> without) throws E {
		Bundle bundle = FrameworkUtil.getBundle(WorkbenchMaterials.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<MaterialLibraryService> reference = context == null ? null
				: context.getServiceReference(MaterialLibraryService.class);
		MaterialLibraryService service = reference == null ? null : context.getService(reference);
		if (service == null) {
			return without.run();
		}
		try {
			return call.call(service);
		} finally {
			context.ungetService(reference);
		}
	}
}
