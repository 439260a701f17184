package org.laserdamage.materials.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import java.util.function.Consumer;

import org.laserdamage.materials.MaterialStoreException;

/** Opens connections to one material database and releases what it holds when the store closes. */
public interface Connector {

	Dialect dialect();

	/** @return where the data lives, for messages: a folder, or a JDBC URL without password */
	String location();

	/** @throws MaterialStoreException with a message that says what to do */
	Connection connect() throws MaterialStoreException;

	/**
	 * Called after {@link #connect()} once the schema on the new connection is
	 * migrated; the host of a shared embedded database starts serving it here.
	 */
	default void ready() throws MaterialStoreException {
		// Nothing to do for a database server.
	}

	/** Called once when the store closes, after its connection is closed. */
	void release();

	/**
	 * Picks the connector by the URL's prefix. An embedded Derby URL names the
	 * store folder; the store sets Derby's attributes ({@code ;create=…})
	 * itself, and Derby's network client ({@code //HOST}) is not offered: the
	 * store uses it only to reach another process's embedded database
	 * ({@link SharedDerby}), and a database server for several computers is
	 * PostgreSQL's job.
	 *
	 * @param waiting told when opening an embedded database waits for another process
	 * @throws MaterialStoreException when the URL is not supported, or the Derby folder is open in this process
	 */
	static Connector forUrl(String url, Properties properties, Consumer<String> waiting) throws MaterialStoreException {
		Dialect dialect = Dialect.forUrl(url).orElseThrow(() -> StoreErrors.badUrl(url));
		if (dialect == Dialect.DERBY_CLIENT) {
			throw StoreErrors.badUrl(url);
		}
		if (dialect != Dialect.DERBY) {
			return new ServerConnector(dialect, url, properties);
		}
		String folder = url.substring(dialect.urlPrefix().length());
		if (folder.startsWith("//") || folder.contains(";") || !Path.of(folder).isAbsolute()) { //$NON-NLS-1$ //$NON-NLS-2$
			throw StoreErrors.badUrl(url);
		}
		return SharedDerby.open(Path.of(folder), waiting);
	}
}
