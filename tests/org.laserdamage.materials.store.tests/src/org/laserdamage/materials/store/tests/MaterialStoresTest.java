package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.StoreSettings;

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
	void anEmptyDataFolderSettingIsAnErrorNotAnotherLibrary() {
		String message = withDataFolder("", () -> MaterialStores.openDefault());
		assertTrue(message.startsWith("The data folder setting system property laserdamage.data is set but empty."), message);
	}

	@Test
	void aFileAsDataFolderIsAnError() throws Exception {
		Path file = Files.writeString(tempDir.resolve("not-a-folder"), "x");
		String message = withDataFolder(file.toString(), () -> MaterialStores.openDefault());
		assertEquals("The data folder " + file + " is a file, not a folder. Fix: set laserdamage.data (or LASERDAMAGE_DATA) to a"
				+ " folder, or move the file away.", message);
		String below = withDataFolder(file.resolve("below").toString(), () -> MaterialStores.openDefault());
		assertTrue(below.startsWith("Cannot create the data folder " + file.resolve("below")), below);
	}

	@Test
	void anUnwritableDataFolderIsAnError() throws Exception {
		if ("root".equals(System.getProperty("user.name"))) {
			abort("root may write anywhere");
		}
		Path folder = Files.createDirectories(tempDir.resolve("read-only"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			String message = withDataFolder(folder.toString(), () -> MaterialStores.openDefault());
			assertTrue(message.startsWith("The data folder " + folder + " is not writable."), message);
		} finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	/** @return the message of the failure to open with {@code laserdamage.data} set to {@code value} */
	private static String withDataFolder(String value, Executable open) {
		String previous = System.getProperty(StoreSettings.DATA_PROPERTY);
		System.setProperty(StoreSettings.DATA_PROPERTY, value);
		try {
			return assertThrows(MaterialStoreException.class, open).getMessage();
		} finally {
			if (previous == null) {
				System.clearProperty(StoreSettings.DATA_PROPERTY);
			} else {
				System.setProperty(StoreSettings.DATA_PROPERTY, previous);
			}
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
