package org.laserdamage.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The backup items of one user's data folder (the material database, a
 * portable export of the library, the job list) and its restore, the same for
 * the command line and the workbench: what differs is how each reaches the
 * material database ({@link MaterialAccess}).
 */
public final class UserData {

	/** The material database, copied by Derby's online backup. */
	public static final String MATERIALS = "materials"; //$NON-NLS-1$
	/** The material library on a PostgreSQL server, as pg_dump wrote it. */
	public static final String MATERIALS_SERVER = "materials-server"; //$NON-NLS-1$
	/** The material library as a portable JSON file ({@code laserdamage materials import} reads it). */
	public static final String MATERIALS_EXPORT = "materials-export"; //$NON-NLS-1$
	/** The local job list (a folder per job). */
	public static final String JOBS = "jobs"; //$NON-NLS-1$
	/** Run results. */
	public static final String RESULTS = "results"; //$NON-NLS-1$
	/** Settings. */
	public static final String CONFIGURATION = "configuration"; //$NON-NLS-1$
	/** Study files. */
	public static final String STUDIES = "studies"; //$NON-NLS-1$

	/** How a program reaches the embedded material database it may hold open. */
	public interface MaterialAccess {
		/**
		 * Writes a consistent copy of the open database into {@code folder}.
		 *
		 * @return the database's schema version
		 */
		int backupInto(Path folder) throws CoreException;

		/** Writes every material as JSON to {@code file}. */
		void exportTo(Path file) throws CoreException, IOException;
	}

	private UserData() {
	}

	/** pg_restore of a material library dump into the server the settings name now. */
	private static void restoreMaterialServer(Path extracted, IProgressMonitor monitor) throws CoreException, IOException {
		MaterialStores.Server server = MaterialStores.configuredServer().filter(MaterialStores.Server::isPostgreSql)
				.orElseThrow(() -> new CoreException(Status.error(Messages.UserData_noMaterialServer)));
		new PostgresDump(server.jdbcUrl(), server.credentials(), null).restorer().restore(extracted, monitor);
	}

	/** @return access that opens the default material store for each call (a program that does not hold it) */
	public static MaterialAccess defaultStore() {
		return new MaterialAccess() {
			@Override
			public int backupInto(Path folder) throws CoreException {
				try (IMaterialStore store = MaterialStores.openDefault()) {
					return MaterialStores.backup(store, folder);
				} catch (MaterialStoreException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
			}

			@Override
			public void exportTo(Path file) throws CoreException, IOException {
				try (IMaterialStore store = MaterialStores.openDefault()) {
					MaterialExport.writeJson(store.materials(), file);
				} catch (MaterialStoreException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
			}
		};
	}

	/**
	 * @param data      the data folder
	 * @param materials how its material database is reached
	 * @param schemas   given the schema version of each database as it is copied (for the manifest)
	 * @return the items of the data folder: the material database and its export, the job list when there is one
	 */
	public static List<BackupItem> dataFolder(Path data, MaterialAccess materials, Map<String, Integer> schemas) {
		List<BackupItem> items = new ArrayList<>();
		java.util.Optional<MaterialStores.Server> server = MaterialStores.configuredServer();
		if (server.isPresent() && server.get().isPostgreSql()) {
			// the library is on a server: its dump (the location only names it; a restore goes to the server)
			PostgresDump dump = new PostgresDump(server.get().jdbcUrl(), server.get().credentials(), null);
			items.add(new BackupItem(MATERIALS_SERVER, BackupContent.DATABASES, data.resolve(MATERIALS_SERVER), dump.snapshot()));
		} else {
			items.add(new BackupItem(MATERIALS, BackupContent.DATABASES, data.resolve(MATERIALS),
					(folder, monitor) -> schemas.put(MATERIALS, materials.backupInto(folder))));
		}
		items.add(new BackupItem(MATERIALS_EXPORT, BackupContent.USER_DATA, data.resolve(MATERIALS_EXPORT),
				(folder, monitor) -> materials.exportTo(folder.resolve("materials.json")))); //$NON-NLS-1$
		if (Files.isDirectory(data.resolve(JOBS))) {
			items.add(BackupItem.folder(JOBS, BackupContent.DATABASES, data.resolve(JOBS)));
		}
		return items;
	}

	/**
	 * Restores {@code items} (empty: all) of set {@code id} as
	 * {@link Backups#restore(String, List, Map, Map, boolean, IProgressMonitor)} does, holding the embedded
	 * material database against every program while its folder is replaced (the caller closes its own
	 * connection first).
	 *
	 * @throws CoreException also when a program has the material database open (naming it and what to do)
	 */
	public static List<Backups.Change> restore(Backups backups, String id, List<String> items, Map<String, Path> targets,
			Map<String, Backups.Restorer> given, boolean dryRun, IProgressMonitor monitor) throws CoreException {
		BackupSet set = backups.find(id);
		Map<String, Backups.Restorer> restorers = new java.util.HashMap<>(given);
		restorers.putIfAbsent(MATERIALS_SERVER, UserData::restoreMaterialServer);
		Manifest.Item materials = set.manifest() == null ? null
				: set.manifest().items().stream()
						.filter(i -> i.name().equals(MATERIALS) && (items.isEmpty() || items.contains(MATERIALS))).findFirst()
						.orElse(null);
		if (materials == null || dryRun) {
			return backups.restore(id, items, targets, restorers, dryRun, monitor);
		}
		Path database = targets.getOrDefault(MATERIALS, Path.of(materials.location()));
		try (AutoCloseable held = MaterialStores.reserveForRestore(database)) {
			return backups.restore(id, items, targets, restorers, false, monitor);
		} catch (CoreException | RuntimeException e) {
			throw e;
		} catch (MaterialStoreException e) { // in use: said as it is, no crash report
			throw new CoreException(Status.error(e.getMessage()));
		} catch (Exception e) { // giving the lock back
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}
}
