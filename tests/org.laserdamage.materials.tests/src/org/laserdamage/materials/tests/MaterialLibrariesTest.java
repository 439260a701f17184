package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialLibraries;

class MaterialLibrariesTest {

	private final Material copperV1 = TestMaterials.builder("cu").name("Copper").build();
	private final Material copperV2 = TestMaterials.builder("cu").name("Copper").version(2).build();
	private final Material alpha = TestMaterials.builder("al").name("aluminium").build();
	private final Material zinc = TestMaterials.builder("zn").name("Zinc").build();

	@Test
	void fixedLibraryKeepsTheNewestVersionSortedByName() {
		IMaterialLibrary library = MaterialLibraries.of("test", List.of(zinc, copperV2, alpha, copperV1));
		assertEquals("test", library.name());
		assertSame(copperV2, library.find("cu").orElseThrow());
		assertEquals(List.of(alpha, copperV2, zinc), library.materials());
		assertTrue(library.find("fe").isEmpty());
	}

	@Test
	void compositePrefersTheHighestVersionThenTheFirstLibrary() {
		Material otherAlpha = TestMaterials.builder("al").name("aluminium").description("user's copy").build();
		IMaterialLibrary user = MaterialLibraries.of("user", List.of(copperV1, otherAlpha));
		IMaterialLibrary shipped = MaterialLibraries.of("shipped", List.of(copperV2, alpha, zinc));
		IMaterialLibrary both = MaterialLibraries.composite("all", List.of(user, shipped));
		assertEquals("all", both.name());
		assertSame(copperV2, both.find("cu").orElseThrow());
		assertSame(otherAlpha, both.find("al").orElseThrow());
		assertSame(zinc, both.find("zn").orElseThrow());
		assertEquals(List.of(otherAlpha, copperV2, zinc), both.materials());
	}
}
