package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;

class MaterialTest {

	@Test
	void equalRecordsAreEqual() {
		Material a = TestMaterials.builder("a").build();
		Material b = TestMaterials.builder("a").build();
		assertEquals(a, b);
		assertEquals(a.hashCode(), b.hashCode());
	}

	@Test
	void anyDifferenceMakesRecordsUnequal() {
		Material a = TestMaterials.builder("a").build();
		assertNotEquals(a, TestMaterials.builder("b").build());
		assertNotEquals(a, TestMaterials.builder("a").version(2).build());
		assertNotEquals(a, TestMaterials.builder("a").boilingPoint(3101).build());
		assertNotEquals(a, TestMaterials.builder("a").description("x").build());
		assertNotEquals(a, TestMaterials.builder("a").source(PropertyKind.DENSITY, new Source("other", "", "")).build());
		assertNotEquals(a, TestMaterials.builder("a").density(TestMaterials.table(293.15, 7801)).build());
	}

	@Test
	void everyPropertyNeedsASource() {
		Material.Builder b = Material.builder("x").name("x").materialClass(MaterialClass.METAL);
		Material full = TestMaterials.builder("x").build();
		b.density(full.density()).specificHeat(full.specificHeat()).conductivity(full.conductivity()).meltingRange(1700, 1750)
				.latentHeatFusion(1).boilingPoint(3000).latentHeatVaporization(1).emissivity(full.emissivity())
				.absorptivity(full.absorptivity());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
		assertTrue(e.getMessage().contains("no source for density"), e.getMessage());
	}

	@Test
	void throughThicknessSourceWithoutTableIsRejected() {
		Material.Builder b = TestMaterials.builder("x").source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, new Source("c", "", ""));
		assertThrows(IllegalArgumentException.class, b::build);
	}

	@Test
	void isotropicMaterialUsesInPlaneConductivityAxially() {
		Material m = TestMaterials.builder("x").build();
		assertEquals(m.conductivity(), m.axialConductivity());
		Material anisotropic = TestMaterials.builder("y").conductivityThroughThickness(TestMaterials.table(293.15, 0.5))
				.source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, new Source("c", "", "")).build();
		assertEquals(0.5, anisotropic.axialConductivity().valueAt(400));
	}
}
