package org.laserdamage.materials.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.DerbyServer;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.JdbcDrivers;
import org.laserdamage.materials.store.internal.SharedDerby;

/** An embedded Derby database in a test's temporary folder. */
final class DerbyTestDatabase implements TestDatabase {

	private final Path folder;
	private final String url;

	DerbyTestDatabase(Path folder) {
		this.folder = folder;
		this.url = Dialect.DERBY.urlPrefix() + folder.resolve(SharedDerby.DATABASE);
	}

	@Override
	public IMaterialStore open() throws MaterialStoreException {
		return MaterialStores.openDerby(folder);
	}

	/** With this process's login, which Derby asks for while the store hosts the database. */
	@Override
	public Connection connect() throws SQLException, MaterialStoreException {
		Properties create = DerbyServer.login();
		create.setProperty("create", "true");
		return JdbcDrivers.connect(Dialect.DERBY, url, create);
	}

	/** Shuts the database down so the temporary folder can go. */
	@Override
	public void close() throws MaterialStoreException {
		Properties shutdown = DerbyServer.login();
		shutdown.setProperty("shutdown", "true");
		try {
			JdbcDrivers.connect(Dialect.DERBY, url, shutdown);
		} catch (SQLException expected) {
			// 08006 when it was booted, XJ004 when the test never created it.
		}
	}
}
