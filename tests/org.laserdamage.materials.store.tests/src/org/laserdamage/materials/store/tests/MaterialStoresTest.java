package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/** Opening by URL: the driver follows the prefix, and a failure says what to fix. */
class MaterialStoresTest {

	@TempDir
	Path tempDir;

	@Test
	void anUnsupportedUrlIsRefusedWithoutItsPassword() {
		MaterialStoreException e = assertThrows(MaterialStoreException.class,
				() -> MaterialStores.open("jdbc:mysql://db/materials?user=ana&password=secret", new Properties()));
		assertTrue(e.getMessage().startsWith("The material database URL jdbc:mysql://db/materials?user=ana&password=*** is not supported."),
				e.getMessage());
		assertTrue(e.getMessage().contains("jdbc:postgresql://HOST:PORT/DATABASE"), e.getMessage());
	}

	@Test
	void aServerThatDoesNotAnswerIsReported() {
		MaterialStoreException e = assertThrows(MaterialStoreException.class,
				() -> MaterialStores.open("jdbc:postgresql://127.0.0.1:1/materials?connectTimeout=5", new Properties()));
		assertTrue(e.getMessage().startsWith("Cannot reach the material database jdbc:postgresql://127.0.0.1:1/materials"),
				e.getMessage());
		assertTrue(e.getMessage().contains("check that the database server runs"), e.getMessage());
	}

	@Test
	void aDerbyUrlNamesTheStoreFolder() throws Exception {
		Path folder = tempDir.resolve("shared");
		try (IMaterialStore store = MaterialStores.open("jdbc:derby:" + folder, new Properties())) {
			assertEquals(folder.toString(), store.location());
			assertFalse(store.materials().isEmpty());
		}
	}

	@Test
	void derbyAttributesAndRelativeFoldersAreRefused() {
		for (String url : new String[] { "jdbc:derby:relative/folder", "jdbc:derby:" + tempDir + ";create=true",
				"jdbc:derby://localhost:1527/materials" }) {
			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.open(url, new Properties()));
			assertTrue(e.getMessage().contains("is not supported"), e.getMessage());
		}
	}

	@Test
	void theStoreNamesItselfForMessages() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(tempDir)) {
			assertEquals("material database", store.name());
			assertEquals(tempDir.toString(), store.location());
		}
	}
}
