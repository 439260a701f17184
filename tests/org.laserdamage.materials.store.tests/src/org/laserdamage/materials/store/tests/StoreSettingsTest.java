package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.store.internal.StoreSettings;

/** Where the database is: system property, then environment, then the XDG data folder. */
class StoreSettingsTest {

	private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ana"));
	private final Map<String, String> environment = new HashMap<>();

	private StoreSettings resolve() {
		return StoreSettings.resolve(properties::get, environment::get);
	}

	@Test
	void defaultsToTheXdgDataFolderInTheHomeFolder() {
		assertEquals(Path.of("/home/ana/.local/share/laserdamage/materials"), resolve().derbyFolder());
		assertTrue(resolve().url().isEmpty());
	}

	@Test
	void xdgDataHomeCountsWhenAbsolute() {
		environment.put("XDG_DATA_HOME", "/data/ana");
		assertEquals(Path.of("/data/ana/laserdamage"), resolve().dataDirectory());
		environment.put("XDG_DATA_HOME", "relative/path");
		assertEquals(Path.of("/home/ana/.local/share/laserdamage"), resolve().dataDirectory(), "the XDG spec ignores relative paths");
	}

	@Test
	void theSystemPropertyWinsOverTheEnvironment() {
		environment.put("XDG_DATA_HOME", "/data/ana");
		environment.put("LASERDAMAGE_DATA", "/srv/env");
		assertEquals(Path.of("/srv/env"), resolve().dataDirectory());
		properties.put("laserdamage.data", "/srv/prop");
		assertEquals(Path.of("/srv/prop"), resolve().dataDirectory());
		properties.put("laserdamage.data", "  ");
		assertEquals(Path.of("/srv/env"), resolve().dataDirectory(), "blank counts as unset");
	}

	@Test
	void aServerUrlWithCredentialsComesFromTheEnvironmentOrProperties() {
		environment.put("LASERDAMAGE_MATERIALS_URL", "jdbc:postgresql://db/materials");
		environment.put("LASERDAMAGE_MATERIALS_USER", "ana");
		environment.put("LASERDAMAGE_MATERIALS_PASSWORD", "secret");
		properties.put("laserdamage.materials.user", "bob");
		StoreSettings s = resolve();
		assertEquals(Optional.of("jdbc:postgresql://db/materials"), s.url());
		assertEquals("bob", s.credentials().getProperty("user"));
		assertEquals("secret", s.credentials().getProperty("password"));
	}
}
