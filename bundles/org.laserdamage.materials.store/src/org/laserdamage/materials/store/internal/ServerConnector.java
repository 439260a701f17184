package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

import org.laserdamage.materials.MaterialStoreException;

/** Connects to a database server (PostgreSQL) given by a JDBC URL. */
public final class ServerConnector implements Connector {

	private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&]*"); //$NON-NLS-1$

	private final Dialect dialect;
	private final String url;
	private final Properties properties;

	/** @param properties driver properties, typically {@code user} and {@code password}; copied */
	public ServerConnector(Dialect dialect, String url, Properties properties) {
		this.dialect = dialect;
		this.url = url;
		this.properties = new Properties();
		this.properties.putAll(properties);
	}

	@Override
	public Dialect dialect() {
		return dialect;
	}

	@Override
	public String location() {
		return redact(url);
	}

	/** @return {@code url} with any password in it replaced by {@code ***}, for messages */
	public static String redact(String url) {
		return PASSWORD.matcher(url).replaceAll("$1***"); //$NON-NLS-1$
	}

	@Override
	public Connection connect() throws MaterialStoreException {
		try {
			Connection connection = JdbcDrivers.connect(dialect, url, properties);
			if (connection == null) {
				throw StoreErrors.badUrl(url);
			}
			return connection;
		} catch (SQLException e) {
			throw StoreErrors.onOpen(e, location());
		}
	}

	@Override
	public void release() {
		// A server connection holds nothing beyond the connection itself.
	}
}
