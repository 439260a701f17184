package org.laserdamage.jobs.queue.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.JdbcDrivers;

/**
 * The queue on PostgreSQL (FOR UPDATE SKIP LOCKED), in a schema of its own in
 * the database of LASERDAMAGE_TEST_PG_URL (releng/scripts/start-test-postgres.sh);
 * with CI=true a missing server fails the test instead of skipping it.
 */
class PostgresJobQueueTest extends JobQueueContract {

	private final String schema = "q_" + UUID.randomUUID().toString().replace("-", "");
	private String server;

	@Override
	String url() throws Exception {
		if (server == null) {
			server = System.getenv("LASERDAMAGE_TEST_PG_URL");
			if (server == null || server.isBlank()) {
				String why = "LASERDAMAGE_TEST_PG_URL is not set: start PostgreSQL with"
						+ " `eval \"$(releng/scripts/start-test-postgres.sh)\"` (as root on Debian)";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					fail(why + "; CI=true: PostgreSQL tests must not be skipped on CI");
				}
				abort(why);
			}
			execute("CREATE SCHEMA " + schema);
		}
		return server + (server.contains("?") ? '&' : '?') + "currentSchema=" + schema;
	}

	@Override
	Properties credentials() {
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

	@AfterEach
	void dropSchema() throws Exception {
		if (server != null) {
			close();
			execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private void execute(String sql) throws Exception {
		try (Connection c = JdbcDrivers.connect(Dialect.POSTGRESQL, server, credentials()); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
