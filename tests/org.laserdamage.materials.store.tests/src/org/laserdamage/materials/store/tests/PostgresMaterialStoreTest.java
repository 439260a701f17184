package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The store contract on a real PostgreSQL server, plus what only a server
 * has: logins, several clients, missing databases. Skipped without
 * LASERDAMAGE_TEST_PG_URL, failed without it on CI (see {@link PostgresTestDatabase}).
 */
class PostgresMaterialStoreTest extends MaterialStoreContract {

	@Override
	TestDatabase createDatabase(Path folder) throws Exception {
		return PostgresTestDatabase.create();
	}

	private PostgresTestDatabase postgres() {
		return (PostgresTestDatabase) database();
	}

	@Test
	void twoClientsStartingTogetherOnAnEmptySchemaSeedItOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<IMaterialStore> open = this::open;
			List<Future<IMaterialStore>> stores = pool.invokeAll(List.of(open, open));
			int first = stores.get(0).get().materials().size();
			assertEquals(first, stores.get(1).get().materials().size());
			assertEquals(1, stores.get(1).get().history("al-6061-t6").size());
		} finally {
			pool.shutdown();
		}
	}

	@Test
	void aSaveInOneClientIsSeenByTheOther() throws Exception {
		IMaterialStore workbench = open();
		IMaterialStore server = open();
		Material saved = workbench.save(TestMaterials.awkward("shared", "Shared", 1));
		assertEquals(saved, server.find("shared").orElseThrow());
		assertEquals(2, server.save(TestMaterials.awkward("shared", "Shared", 2)).version());
		assertEquals(2, workbench.find("shared").orElseThrow().version());
	}

	@Test
	void aWrongPasswordIsReportedAsALoginProblem() {
		Properties wrong = PostgresTestDatabase.credentials();
		wrong.setProperty("password", "not-the-password");

		MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.open(postgres().url(), wrong));

		assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
		assertTrue(e.getMessage().contains("laserdamage.materials.password"), e.getMessage());
		assertTrue(!e.getMessage().contains("not-the-password"), e.getMessage());
	}

	@Test
	void aMissingDatabaseIsNamed() {
		String url = PostgresTestDatabase.configuredUrl().replaceFirst("/[^/?]+(\\?|$)", "/laserdamage_no_such_db$1");

		MaterialStoreException e = assertThrows(MaterialStoreException.class,
				() -> MaterialStores.open(url, PostgresTestDatabase.credentials()));

		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertTrue(e.getMessage().contains("createdb"), e.getMessage());
	}

	@Test
	void aMissingSchemaIsNamed() {
		String url = postgres().url() + "_missing";

		MaterialStoreException e = assertThrows(MaterialStoreException.class,
				() -> MaterialStores.open(url, PostgresTestDatabase.credentials()));

		assertTrue(e.getMessage().contains("schema"), e.getMessage());
		assertTrue(e.getMessage().contains("currentSchema"), e.getMessage());
	}
}
