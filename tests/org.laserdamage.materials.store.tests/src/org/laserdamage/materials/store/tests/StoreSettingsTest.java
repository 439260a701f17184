package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.internal.StoreSettings;

/** Where the database is: system property, then environment, then the XDG data folder. */
class StoreSettingsTest {

	private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ana"));
	private final Map<String, String> environment = new HashMap<>();

	private StoreSettings resolve() throws MaterialStoreException {
		return StoreSettings.resolve(properties::get, environment::get);
	}

	@Test
	void defaultsToTheXdgDataFolderInTheHomeFolder() throws Exception {
		assertEquals(Path.of("/home/ana/.local/share/laserdamage/materials"), resolve().derbyFolder());
		assertTrue(resolve().url().isEmpty());
	}

	@Test
	void xdgDataHomeCountsWhenAbsolute() throws Exception {
		environment.put("XDG_DATA_HOME", "/data/ana");
		assertEquals(Path.of("/data/ana/laserdamage"), resolve().dataDirectory());
		environment.put("XDG_DATA_HOME", "relative/path");
		assertEquals(Path.of("/home/ana/.local/share/laserdamage"), resolve().dataDirectory(), "the XDG spec ignores relative paths");
	}

	@Test
	void theSystemPropertyWinsOverTheEnvironment() throws Exception {
		environment.put("XDG_DATA_HOME", "/data/ana");
		environment.put("LASERDAMAGE_DATA", "/srv/env");
		assertEquals(Path.of("/srv/env"), resolve().dataDirectory());
		properties.put("laserdamage.data", "/srv/prop");
		assertEquals(Path.of("/srv/prop"), resolve().dataDirectory());
	}

	/** Set but empty must not silently mean the default library, another one than the user asked for. */
	@Test
	void anEmptyDataFolderSettingIsAnError() {
		environment.put("LASERDAMAGE_DATA", "");
		MaterialStoreException e = assertThrows(MaterialStoreException.class, this::resolve);
		assertEquals("The data folder setting environment variable LASERDAMAGE_DATA is set but empty. Fix: set it to a folder"
				+ " (it is created when missing), or unset it to use the default folder.", e.getMessage());
		environment.put("LASERDAMAGE_DATA", "/srv/env");
		properties.put("laserdamage.data", " ");
		e = assertThrows(MaterialStoreException.class, this::resolve);
		assertTrue(e.getMessage().contains("system property laserdamage.data is set but empty"), e.getMessage());
	}

	@Test
	void aServerUrlWithCredentialsComesFromTheEnvironmentOrProperties() throws Exception {
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
