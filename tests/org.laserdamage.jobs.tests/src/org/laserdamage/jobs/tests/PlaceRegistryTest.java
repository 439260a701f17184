package org.laserdamage.jobs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.PlaceRegistry;

/** The places extension point and the settings places are created from. */
class PlaceRegistryTest {

	@Test
	void theLocalPlaceIsContributedAndListedFirst() throws CoreException {
		assertEquals(LocalPlace.ID, PlaceRegistry.places().get(0).id());
		assertInstanceOf(LocalPlace.class, PlaceRegistry.create(LocalPlace.ID, JobSettings.only(Map.of())));
	}

	@Test
	void anUnknownPlaceNamesTheKnownOnes() {
		CoreException e = assertThrows(CoreException.class,
				() -> PlaceRegistry.create("moon", JobSettings.only(Map.of())));
		assertEquals(RunStatus.INVALID_INPUT, e.getStatus().getCode());
		assertTrue(e.getStatus().getMessage().contains("'moon'"), e.getStatus().getMessage());
		assertTrue(e.getStatus().getMessage().contains("local"), e.getStatus().getMessage());
	}

	@Test
	void badSlotsNameTheSettingAndItsEnvironmentVariable() {
		for (String bad : new String[] { "two", "0", "65", "1.5" }) {
			CoreException e = assertThrows(CoreException.class,
					() -> PlaceRegistry.create(LocalPlace.ID, JobSettings.only(Map.of(LocalPlace.SLOTS, bad))));
			String message = e.getStatus().getMessage();
			assertTrue(message.startsWith("local.slots: '" + bad + "'"), message);
			assertTrue(message.contains("LASERDAMAGE_LOCAL_SLOTS"), message);
		}
	}

	@Test
	void givenValuesComeBeforeSystemProperties() {
		String key = "test.placeRegistry";
		System.setProperty("laserdamage." + key, "from property");
		try {
			assertEquals("given", JobSettings.of(Map.of(key, "given")).get(key).orElseThrow());
			assertEquals("from property", JobSettings.of(Map.of(key, "  ")).get(key).orElseThrow());
			assertTrue(JobSettings.only(Map.of()).get(key).isEmpty());
		} finally {
			System.clearProperty("laserdamage." + key);
		}
		assertEquals("LASERDAMAGE_SLURM_SHAREDFOLDER", JobSettings.environmentName("slurm.sharedFolder"));
	}
}
