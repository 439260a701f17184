package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.SharedDerby;

/**
 * A damaged embedded database (files truncated or garbled, e.g. by a full
 * disk or a bad copy) is reported in one paragraph: what is damaged and that
 * a backup or a re-import restores the data. Never Derby's page dump, and
 * never advice to delete the library.
 */
class DamagedDatabaseTest {

	@TempDir
	Path tempDir;

	@ParameterizedTest
	@ValueSource(strings = { "truncated seg0", "garbled seg0", "no service.properties", "garbled service.properties" })
	void aDamagedDatabaseIsReportedInOneParagraph(String damage) throws Exception {
		Path folder = tempDir.resolve("materials");
		MaterialStores.openDerby(folder).close();
		damage(folder.resolve(SharedDerby.DATABASE), damage);

		String message = failure(folder);

		assertNotNull(message, damage + " went unnoticed");
		assertTrue(message.startsWith("The material database " + folder + " is damaged"), message);
		assertTrue(message.contains("restore the folder " + folder + " from your last backup"), message);
		assertTrue(message.contains("import your materials again"), message);
		assertFalse(message.contains("\n"), "one paragraph: " + message);
		assertTrue(message.length() < 1200, "no page dump: " + message);
		assertFalse(message.toLowerCase(Locale.ROOT).contains("delete"), message);
	}

	/** @return the message of the first failure to open and read every material, null when there is none */
	private static String failure(Path folder) {
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			for (String id : store.materials().stream().map(m -> m.id()).toList()) {
				store.history(id);
			}
			return null;
		} catch (Exception e) {
			return e.getMessage();
		}
	}

	private static void damage(Path database, String damage) throws IOException {
		Path seg0 = database.resolve("seg0");
		switch (damage) {
		case "truncated seg0" -> {
			for (Path f : files(seg0)) {
				try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
					c.truncate(c.size() / 3);
				}
			}
		}
		case "garbled seg0" -> {
			Random random = new Random(42);
			for (Path f : files(seg0)) {
				byte[] bytes = Files.readAllBytes(f);
				for (int i = 0; i < bytes.length; i += 7) {
					bytes[i] = (byte) random.nextInt();
				}
				Files.write(f, bytes);
			}
		}
		case "no service.properties" -> Files.delete(database.resolve("service.properties"));
		case "garbled service.properties" -> Files.writeString(database.resolve("service.properties"), "\u0000\u0013garbage=\u00ff\n");
		default -> throw new IllegalArgumentException(damage);
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
