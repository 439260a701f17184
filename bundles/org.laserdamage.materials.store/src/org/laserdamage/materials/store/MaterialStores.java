package org.laserdamage.materials.store;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.internal.Connector;
import org.laserdamage.materials.store.internal.JdbcMaterialStore;
import org.laserdamage.materials.store.internal.SharedDerby;
import org.laserdamage.materials.store.internal.StoreSettings;

/**
 * Opens the material database. By default it is an embedded Apache Derby
 * database in the user's data folder, created and filled with the built-in
 * materials on first use; a server installation points
 * {@value StoreSettings#URL_PROPERTY} at a PostgreSQL database with the same
 * schema. Opening migrates an older schema and refuses a newer one. See the
 * bundle's README for the settings, the schema and how two programs share a
 * database.
 */
public final class MaterialStores {

	private MaterialStores() {
	}

	/**
	 * Opens the database the settings name: system property
	 * {@code laserdamage.materials.url} or environment variable
	 * {@code LASERDAMAGE_MATERIALS_URL} (with {@code .user}/{@code .password},
	 * {@code _USER}/{@code _PASSWORD}) for a server; otherwise the embedded
	 * database in {@code <data>/materials}, where {@code <data>} is
	 * {@code laserdamage.data}, {@code LASERDAMAGE_DATA},
	 * {@code $XDG_DATA_HOME/laserdamage} or {@code ~/.local/share/laserdamage}.
	 * A data folder setting that is empty, a file or not writable is an error.
	 * Messages about waiting for another process go to the platform logger.
	 *
	 * @throws MaterialStoreException with a message that says what to do
	 */
	public static IMaterialStore openDefault() throws MaterialStoreException {
		return openDefault(MaterialStores::log);
	}

	/**
	 * {@link #openDefault()}, telling {@code waiting} when opening waits for
	 * another process that starts or stops sharing the embedded database.
	 */
	public static IMaterialStore openDefault(Consumer<String> waiting) throws MaterialStoreException {
		StoreSettings settings = StoreSettings.resolve(System::getProperty, System::getenv);
		if (settings.url().isPresent()) {
			return JdbcMaterialStore.open(Connector.forUrl(settings.url().get(), settings.credentials(), waiting));
		}
		return openDerby(settings.usableDerbyFolder(), waiting);
	}

	/**
	 * A database server the settings name for the material library.
	 *
	 * @param jdbcUrl     its JDBC URL
	 * @param credentials {@code user} and {@code password} (either may be absent)
	 */
	public record Server(String jdbcUrl, java.util.Properties credentials) {
		/** @return whether it is a PostgreSQL server (pg_dump backs it up) */
		public boolean isPostgreSql() {
			return jdbcUrl.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
		}
	}

	/**
	 * @return the server the settings name ({@code laserdamage.materials.url}, {@code LASERDAMAGE_MATERIALS_URL}),
	 *         when the material library is on one rather than embedded
	 */
	public static java.util.Optional<Server> configuredServer() {
		StoreSettings settings;
		try {
			settings = StoreSettings.resolve(System::getProperty, System::getenv);
		} catch (MaterialStoreException e) {
			return java.util.Optional.empty(); // an unusable data folder: opening the store says so
		}
		return settings.url().map(url -> new Server(url, settings.credentials()));
	}

	/**
	 * @return the user's data folder, which holds the embedded database, logs
	 *         and other per-user state: {@code laserdamage.data},
	 *         {@code LASERDAMAGE_DATA}, {@code $XDG_DATA_HOME/laserdamage} or
	 *         {@code ~/.local/share/laserdamage}
	 * @throws MaterialStoreException when the setting names no usable folder
	 */
	public static Path dataDirectory() throws MaterialStoreException {
		return StoreSettings.resolve(System::getProperty, System::getenv).dataDirectory();
	}

	/**
	 * @param jdbcUrl    {@code jdbc:postgresql://HOST:PORT/DATABASE[?currentSchema=SCHEMA]}, or
	 *                   {@code jdbc:derby:/ABSOLUTE/FOLDER} for an embedded database in that folder
	 * @param properties driver properties, typically {@code user} and {@code password}
	 * @throws MaterialStoreException when the URL is not supported, the server cannot be reached,
	 *                                the login fails, or the schema is newer than this program
	 */
	public static IMaterialStore open(String jdbcUrl, Properties properties) throws MaterialStoreException {
		return JdbcMaterialStore.open(Connector.forUrl(jdbcUrl, properties, MaterialStores::log));
	}

	/**
	 * Opens, and on first use creates, the embedded database in {@code folder}.
	 * Several processes can have it open at once (see the bundle's README);
	 * one process opens a folder once.
	 *
	 * @throws MaterialStoreException when the folder is open in this process, is damaged, or
	 *                                another process holds it without sharing it for too long
	 */
	public static IMaterialStore openDerby(Path folder) throws MaterialStoreException {
		return openDerby(folder, MaterialStores::log);
	}

	/** {@link #openDerby(Path)}, telling {@code waiting} when opening waits for another process. */
	public static IMaterialStore openDerby(Path folder, Consumer<String> waiting) throws MaterialStoreException {
		return JdbcMaterialStore.open(SharedDerby.open(folder, waiting));
	}

	/**
	 * Reads every material a study may refer to — the default database first,
	 * then the sources contributed by plug-ins — into memory and closes the
	 * database again, so a run works on one consistent set of materials and
	 * holds no connection while it computes.
	 *
	 * @param problems receives contributed sources that failed to load
	 * @throws MaterialStoreException when the database cannot be opened or read
	 */
	public static IMaterialLibrary snapshotDefault(Consumer<IStatus> problems) throws MaterialStoreException {
		return snapshotDefault(problems, MaterialStores::log);
	}

	/** {@link #snapshotDefault(Consumer)}, telling {@code waiting} when opening waits for another process. */
	public static IMaterialLibrary snapshotDefault(Consumer<IStatus> problems, Consumer<String> waiting)
			throws MaterialStoreException {
		try (IMaterialStore store = openDefault(waiting)) {
			IMaterialLibrary all = MaterialSources.all(store, problems);
			return MaterialLibraries.of(all.name(), all.materials());
		} catch (IllegalStateException e) {
			// read methods report database failures unchecked (IMaterialLibrary declares none)
			throw new MaterialStoreException(e.getMessage(), e);
		}
	}

	/**
	 * The platform logger, not ILog: this bundle needs only equinox.common, so
	 * that a server or a plain Java program can use it without core.runtime.
	 */
	private static void log(String message) {
		System.getLogger(MaterialStores.class.getName()).log(System.Logger.Level.INFO, message);
	}

	/**
	 * Copies an open embedded material database, consistent while it is used, into {@code folder}: Derby's online
	 * backup writes a complete database folder there (named as the database's folder).
	 *
	 * @return the schema version copied
	 * @throws MaterialStoreException for a store that is not an embedded database (PostgreSQL: use pg_dump)
	 */
	public static int backup(IMaterialStore store, Path folder) throws MaterialStoreException {
		if (store instanceof org.laserdamage.materials.store.internal.JdbcMaterialStore jdbc) {
			return jdbc.backupInto(folder);
		}
		throw new MaterialStoreException(store.location() + " is not a database of this product's store; nothing to back up"); //$NON-NLS-1$
	}

	/**
	 * Holds the embedded material database in {@code folder} against every program while its files are replaced
	 * (a restore): no program may have it open meanwhile.
	 *
	 * @return what gives it back
	 * @throws MaterialStoreException naming the program that has it open, and what to do
	 */
	public static AutoCloseable reserveForRestore(Path folder) throws MaterialStoreException {
		if (!java.nio.file.Files.isDirectory(folder)) {
			return () -> {
				// nothing there yet: nothing can have it open
			};
		}
		java.util.Optional<org.laserdamage.materials.store.internal.DerbyLock> lock;
		try {
			lock = org.laserdamage.materials.store.internal.DerbyLock.tryAcquire(folder);
		} catch (java.nio.channels.OverlappingFileLockException e) {
			lock = java.util.Optional.empty(); // this program has it open
		}
		if (lock.isEmpty()) {
			String owner = org.laserdamage.materials.store.internal.DerbyLock.owner(folder)
					.map(o -> "process " + o.pid() + " (" + o.command() + ')').orElse("a program"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new MaterialStoreException("The material database " + folder + " is in use by " + owner //$NON-NLS-1$ //$NON-NLS-2$
					+ ": close the workbench and stop the servers and runs that use it, then restore."); //$NON-NLS-1$
		}
		return lock.get();
	}
}
