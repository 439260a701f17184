package org.laserdamage.materials.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.laserdamage.materials.IMaterialLibrary;
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
		Bundle bundle = FrameworkUtil.getBundle(WorkbenchMaterials.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return null;
		}
		ServiceReference<MaterialLibraryService> reference = context.getServiceReference(MaterialLibraryService.class);
		if (reference == null) {
			return null;
		}
		MaterialLibraryService service = context.getService(reference);
		if (service == null) {
			return null;
		}
		try {
			MaterialLibraryService.Materials materials = service.materials();
			IMaterialLibrary library = materials.library();
			return new Snapshot(MaterialLibraries.of(library.name(), library.materials()), materials.problems());
		} finally {
			context.ungetService(reference);
		}
	}
}
