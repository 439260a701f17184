package org.laserdamage.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.backup.BackupContent;
import org.laserdamage.backup.BackupItem;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.PostgresDump;

/**
 * A PostgreSQL database backed up with the real pg_dump and restored with
 * pg_restore, against the test PostgreSQL of CI ({@code LASERDAMAGE_TEST_PG_URL},
 * started by releng/scripts/start-test-postgres.sh), in a schema of its own.
 */
class PostgresDumpTest {

	@TempDir
	Path destination;
	@TempDir
	Path data;
	private final String schema = "b_" + UUID.randomUUID().toString().replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private String url;
	private Properties credentials;

	@BeforeEach
	void database() throws Exception {
		url = System.getenv("LASERDAMAGE_TEST_PG_URL"); //$NON-NLS-1$
		if (url == null || url.isBlank()) {
			String why = "LASERDAMAGE_TEST_PG_URL is not set: eval \"$(releng/scripts/start-test-postgres.sh)\""; //$NON-NLS-1$
			if ("true".equalsIgnoreCase(System.getenv("CI"))) { //$NON-NLS-1$ //$NON-NLS-2$
				fail(why + "; CI=true: PostgreSQL tests must not be skipped on CI"); //$NON-NLS-1$
			}
			abort(why);
		}
		credentials = new Properties();
		if (System.getenv("LASERDAMAGE_TEST_PG_USER") != null) { //$NON-NLS-1$
			credentials.setProperty("user", System.getenv("LASERDAMAGE_TEST_PG_USER")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (System.getenv("LASERDAMAGE_TEST_PG_PASSWORD") != null) { //$NON-NLS-1$
			credentials.setProperty("password", System.getenv("LASERDAMAGE_TEST_PG_PASSWORD")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		sql("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".job (id TEXT PRIMARY KEY, state TEXT)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"INSERT INTO " + schema + ".job VALUES ('a', 'succeeded'), ('b', 'queued')"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@AfterEach
	void drop() throws Exception {
		if (url != null && !url.isBlank()) {
			sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private Connection connect() throws Exception {
		Class.forName("org.postgresql.Driver"); //$NON-NLS-1$
		return DriverManager.getConnection(url, credentials);
	}

	private void sql(String... statements) throws Exception {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			for (String st : statements) {
				s.execute(st);
			}
		}
	}

	private List<String> rows() throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT id, state FROM " + schema + ".job ORDER BY id")) { //$NON-NLS-1$ //$NON-NLS-2$
			while (r.next()) {
				rows.add(r.getString(1) + '=' + r.getString(2));
			}
		}
		return rows;
	}

	@Test
	void aDumpRestoresTheRowsOfItsTime() throws Exception {
		PostgresDump dump = new PostgresDump(url, credentials, schema);
		Backups backups = new Backups(destination);
		BackupSet set = backups.create(List.of(new BackupItem("jobs-db", BackupContent.DATABASES, data.resolve("db"), //$NON-NLS-1$ //$NON-NLS-2$
				dump.snapshot())), "0.1.0", Map.of(), null); //$NON-NLS-1$
		assertTrue(set.isGood());
		List<String> before = rows();
		sql("UPDATE " + schema + ".job SET state = 'failed' WHERE id = 'a'", "DELETE FROM " + schema + ".job WHERE id = 'b'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"INSERT INTO " + schema + ".job VALUES ('c', 'running')"); //$NON-NLS-1$ //$NON-NLS-2$
		backups.restore(set.id(), List.of(), Map.of(), Map.of("jobs-db", dump.restorer()), false, null); //$NON-NLS-1$
		assertEquals(before, rows(), "row for row"); //$NON-NLS-1$
		assertEquals(List.of("a=succeeded", "b=queued"), rows()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aDatabaseThatIsNotThereFailsTheBackup() {
		PostgresDump dump = new PostgresDump(url.replaceFirst("/[^/?]+(\\?|$)", "/no_such_database_x$1"), credentials, null); //$NON-NLS-1$ //$NON-NLS-2$
		CoreException e = assertThrows(CoreException.class, () -> new Backups(destination).create(
				List.of(new BackupItem("db", BackupContent.DATABASES, data.resolve("db"), dump.snapshot())), "0.1.0", Map.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				null));
		assertTrue(e.getStatus().getMessage().contains("pg_dump"), e.getStatus().getMessage()); //$NON-NLS-1$
	}
}
