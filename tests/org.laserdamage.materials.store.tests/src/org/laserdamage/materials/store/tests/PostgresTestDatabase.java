package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.JdbcDrivers;

/**
 * A schema of its own in the PostgreSQL database named by
 * LASERDAMAGE_TEST_PG_URL (with _USER and _PASSWORD), dropped afterwards, so
 * tests do not see each other's tables. releng/scripts/start-test-postgres.sh
 * starts a local server and prints these variables.
 */
final class PostgresTestDatabase implements TestDatabase {

	static final String URL_VARIABLE = "LASERDAMAGE_TEST_PG_URL";

	private final String serverUrl;
	private final Properties credentials;
	private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
	private final String url;

	private PostgresTestDatabase(String serverUrl, Properties credentials) throws SQLException, MaterialStoreException {
		this.serverUrl = serverUrl;
		this.credentials = credentials;
		this.url = serverUrl + (serverUrl.contains("?") ? '&' : '?') + "currentSchema=" + schema;
		execute(serverUrl, "CREATE SCHEMA " + schema);
	}

	/**
	 * Skips the calling test when no server is configured, except on CI
	 * (CI=true), where a missing server must fail the build rather than pass
	 * it without PostgreSQL tests.
	 */
	static PostgresTestDatabase create() throws SQLException, MaterialStoreException {
		return new PostgresTestDatabase(configuredUrl(), credentials());
	}

	static String configuredUrl() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			String why = URL_VARIABLE + " is not set, so the PostgreSQL store tests cannot run. Start a server with"
					+ " `eval \"$(releng/scripts/start-test-postgres.sh)\"` (as root on Debian).";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(why + " CI=true: PostgreSQL tests must not be skipped on CI.");
			}
			abort(why);
		}
		return url;
	}

	static Properties credentials() {
		Properties p = new Properties();
		String user = System.getenv("LASERDAMAGE_TEST_PG_USER");
		String password = System.getenv("LASERDAMAGE_TEST_PG_PASSWORD");
		if (user != null) {
			p.setProperty("user", user);
		}
		if (password != null) {
			p.setProperty("password", password);
		}
		return p;
	}

	/** @return the store URL: the server URL with this test's schema */
	String url() {
		return url;
	}

	@Override
	public IMaterialStore open() throws MaterialStoreException {
		return MaterialStores.open(url, credentials);
	}

	@Override
	public Connection connect() throws SQLException, MaterialStoreException {
		return JdbcDrivers.connect(Dialect.POSTGRESQL, url, credentials);
	}

	@Override
	public void close() throws SQLException, MaterialStoreException {
		execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
	}

	private void execute(String on, String sql) throws SQLException, MaterialStoreException {
		try (Connection c = JdbcDrivers.connect(Dialect.POSTGRESQL, on, credentials); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
