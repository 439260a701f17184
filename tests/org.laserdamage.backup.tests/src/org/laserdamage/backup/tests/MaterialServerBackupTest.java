package org.laserdamage.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.backup.UserData;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The material library on a PostgreSQL server (the settings' material URL),
 * backed up and restored as the command line and the workbench do it
 * ({@link UserData}): pg_dump of the server, and pg_restore into it, on a
 * database of its own made on the CI's test PostgreSQL and dropped after.
 */
class MaterialServerBackupTest {

	@TempDir
	Path data;
	@TempDir
	Path destination;
	private String adminUrl;
	private Properties credentials;
	private String database;

	@BeforeEach
	void ownDatabase() throws Exception {
		adminUrl = System.getenv("LASERDAMAGE_TEST_PG_URL"); //$NON-NLS-1$
		if (adminUrl == null || adminUrl.isBlank()) {
			String why = "LASERDAMAGE_TEST_PG_URL is not set: eval \"$(releng/scripts/start-test-postgres.sh)\""; //$NON-NLS-1$
			if ("true".equalsIgnoreCase(System.getenv("CI"))) { //$NON-NLS-1$ //$NON-NLS-2$
				fail(why + "; CI=true: PostgreSQL tests must not be skipped on CI"); //$NON-NLS-1$
			}
			abort(why);
		}
		credentials = new Properties();
		credentials.setProperty("user", System.getenv("LASERDAMAGE_TEST_PG_USER")); //$NON-NLS-1$ //$NON-NLS-2$
		credentials.setProperty("password", System.getenv("LASERDAMAGE_TEST_PG_PASSWORD")); //$NON-NLS-1$ //$NON-NLS-2$
		database = "ldmaterials_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		sql("CREATE DATABASE " + database); //$NON-NLS-1$
		System.setProperty("laserdamage.materials.url", adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database); //$NON-NLS-1$
		System.setProperty("laserdamage.materials.user", credentials.getProperty("user")); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty("laserdamage.materials.password", credentials.getProperty("password")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@AfterEach
	void dropDatabase() throws Exception {
		System.clearProperty("laserdamage.materials.url"); //$NON-NLS-1$
		System.clearProperty("laserdamage.materials.user"); //$NON-NLS-1$
		System.clearProperty("laserdamage.materials.password"); //$NON-NLS-1$
		if (database != null) {
			sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void sql(String statement) throws Exception {
		try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static List<String> rows() throws Exception {
		try (IMaterialStore store = MaterialStores.openDefault()) {
			return store.materials().stream().map(m -> m.id() + '@' + m.version() + ':' + m.name()).sorted().toList();
		}
	}

	@Test
	void theServersLibraryIsDumpedAndRestoredRowForRow() throws Exception {
		List<String> before = rows(); // opening the new database creates and seeds it
		assertFalse(before.isEmpty(), "the library is seeded"); //$NON-NLS-1$
		Backups backups = new Backups(destination);
		Map<String, Integer> schemas = new LinkedHashMap<>();
		BackupSet set = backups.create(UserData.dataFolder(data, UserData.defaultStore(), schemas), "0.1.0", schemas, null); //$NON-NLS-1$
		assertTrue(set.isGood());
		List<String> items = set.manifest().items().stream().map(Manifest.Item::name).toList();
		assertTrue(items.contains(UserData.MATERIALS_SERVER) && !items.contains(UserData.MATERIALS), items.toString());

		String gone;
		try (IMaterialStore store = MaterialStores.openDefault()) {
			Material first = store.materials().get(0);
			gone = first.id();
			store.delete(gone);
		}
		assertTrue(rows().stream().noneMatch(r -> r.startsWith(gone + '@')), "deleted"); //$NON-NLS-1$

		List<Backups.Change> dry = UserData.restore(backups, set.id(), List.of(UserData.MATERIALS_SERVER), Map.of(), Map.of(), true, null);
		assertEquals(1, dry.size());
		assertTrue(rows().stream().noneMatch(r -> r.startsWith(gone + '@')), "the dry run changed nothing"); //$NON-NLS-1$
		UserData.restore(backups, set.id(), List.of(UserData.MATERIALS_SERVER), Map.of(), Map.of(), false, null);
		assertEquals(before, rows(), "the server's library as it was, row for row"); //$NON-NLS-1$
	}

	@Test
	void aServerDumpNeedsAServerToGoTo() throws Exception {
		rows();
		Backups backups = new Backups(destination);
		BackupSet set = backups.create(UserData.dataFolder(data, UserData.defaultStore(), new LinkedHashMap<>()), "0.1.0", //$NON-NLS-1$
				Map.of(), null);
		System.clearProperty("laserdamage.materials.url"); //$NON-NLS-1$
		org.eclipse.core.runtime.CoreException e = org.junit.jupiter.api.Assertions.assertThrows(
				org.eclipse.core.runtime.CoreException.class, () -> UserData.restore(backups, set.id(),
						List.of(UserData.MATERIALS_SERVER), Map.of(), Map.of(), false, null));
		assertTrue(e.getStatus().getMessage().contains("LASERDAMAGE_MATERIALS_URL"), e.getStatus().getMessage()); //$NON-NLS-1$
	}
}
