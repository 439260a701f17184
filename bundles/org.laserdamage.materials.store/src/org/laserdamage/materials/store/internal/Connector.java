package org.laserdamage.materials.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;

import org.laserdamage.materials.MaterialStoreException;

/** Opens connections to one material database and releases what it holds when the store closes. */
public interface Connector {

	Dialect dialect();

	/** @return where the data lives, for messages: a folder, or a JDBC URL without password */
	String location();

	/** @throws MaterialStoreException with a message that says what to do */
	Connection connect() throws MaterialStoreException;

	/** Called once when the store closes, after its connection is closed. */
	void release();

	/**
	 * Picks the connector by the URL's prefix. An embedded Derby URL names the
	 * store folder; the store sets Derby's attributes ({@code ;create=…})
	 * itself, and Derby's network client ({@code //HOST}) is not offered: a
	 * shared database is PostgreSQL's job.
	 *
	 * @throws MaterialStoreException when the URL is not supported, or the Derby folder is in use
	 */
	static Connector forUrl(String url, Properties properties) throws MaterialStoreException {
		Dialect dialect = Dialect.forUrl(url).orElseThrow(() -> StoreErrors.badUrl(url));
		if (dialect != Dialect.DERBY) {
			return new ServerConnector(dialect, url, properties);
		}
		String folder = url.substring(dialect.urlPrefix().length());
		if (folder.startsWith("//") || folder.contains(";") || !Path.of(folder).isAbsolute()) { //$NON-NLS-1$ //$NON-NLS-2$
			throw StoreErrors.badUrl(url);
		}
		return DerbyConnector.lock(Path.of(folder));
	}
}
