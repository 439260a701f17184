package org.laserdamage.materials.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Opens the embedded Derby database in a folder: the database itself in
 * {@code db/}, {@value DerbyLock#FILE_NAME} next to it, and Derby's log
 * {@code derby.log}. Closing shuts the database down, so that another process
 * can open it while this one keeps running.
 */
public final class DerbyConnector implements Connector {

	/** Subfolder of the store folder that Derby owns. */
	public static final String DATABASE = "db"; //$NON-NLS-1$

	/** Derby's "database is booted by another JVM". */
	private static final String IN_USE = "XSDB6"; //$NON-NLS-1$

	private final Path folder;
	private final DerbyLock lock;
	private final String url;

	private DerbyConnector(Path folder, DerbyLock lock) {
		this.folder = folder;
		this.lock = lock;
		this.url = Dialect.DERBY.urlPrefix() + folder.resolve(DATABASE);
	}

	/** Locks {@code folder} for this process; {@link #release()} unlocks it. */
	public static DerbyConnector lock(Path folder) throws MaterialStoreException {
		Path absolute = folder.toAbsolutePath();
		return new DerbyConnector(absolute, DerbyLock.acquire(absolute));
	}

	@Override
	public Dialect dialect() {
		return Dialect.DERBY;
	}

	@Override
	public String location() {
		return folder.toString();
	}

	/** Creates the database on first use. */
	@Override
	public Connection connect() throws MaterialStoreException {
		// Derby's log is one per JVM and goes to the working directory unless told otherwise.
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Properties create = new Properties();
		create.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return JdbcDrivers.connect(Dialect.DERBY, url, create);
		} catch (SQLException e) {
			if (StoreErrors.hasState(e, IN_USE)) {
				throw new MaterialStoreException(NLS.bind(Messages.Derby_inUse, location(), StoreErrors.detail(e)), e);
			}
			throw new MaterialStoreException(NLS.bind(Messages.Derby_cannotOpen, location(), StoreErrors.detail(e)), e);
		}
	}

	/** Shuts the database down (releasing Derby's own lock), then the lock file. */
	@Override
	public void release() {
		Properties shutdown = new Properties();
		shutdown.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			JdbcDrivers.connect(Dialect.DERBY, url, shutdown);
		} catch (SQLException | MaterialStoreException e) {
			// Derby answers a clean shutdown with SQLState 08006; after anything else it
			// recovers from its transaction log when the database is next opened.
		} finally {
			lock.close();
		}
	}
}
