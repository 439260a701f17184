package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

class MaterialJsonRoundTripTest {

	@Test
	void builtInMaterialsSurviveWriteAndRead() throws Exception {
		List<Material> original = BuiltInMaterials.load().records();
		String json = TestMaterials.write(original);
		List<Material> copy = TestMaterials.read(json);
		assertEquals(original, copy);
		for (int i = 0; i < original.size(); i++) {
			assertEquals(original.get(i).hashCode(), copy.get(i).hashCode());
		}
		assertEquals(json, TestMaterials.write(copy), "writing is deterministic");
	}

	@Test
	void awkwardValuesAndTextSurviveExactly() throws Exception {
		TemperatureTable awkward = TestMaterials.table(0.1, 1e-300, 293.15, 0.1 + 0.2, 1e4 / 3, 123456789.123456789, 1e7, 4.9e-324);
		Material m = TestMaterials.builder("odd-one").version(7).materialClass(MaterialClass.COMPOSITE)
				.description("Quotes \" and \\ backslash,\nnew line, tab\t, unicode µm ° ≤ 😀, html <b>&amp;</b>")
				.density(awkward).conductivityThroughThickness(TestMaterials.table(293.15, 0.6, 573.15, 0.7))
				.source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, new Source("through", "https://example.org/a?b=c&d=e", "note ✓"))
				.emissivity(TestMaterials.table(293.15, -0.0, 500, 0, 600, 1))
				.absorptivity(new AbsorptivityTable(new double[] { 3.55e-7, 1.0e-6, 1.0000000000000002e-6 },
						new TemperatureTable[] { TestMaterials.table(293.15, 0.5), TestMaterials.table(293.15, 0, 400, 1),
								TestMaterials.table(293.15, 1.0 / 3) }))
				.meltingRange(1357.77, 1357.77).latentHeatFusion(0).build();
		List<Material> copy = TestMaterials.read(TestMaterials.write(List.of(m)));
		assertEquals(List.of(m), copy);
		assertEquals(7, copy.get(0).version());
		assertEquals(m.description(), copy.get(0).description());
	}

	@Test
	void severalVersionsOfOneMaterialAreKeptInOrder() throws Exception {
		Material v1 = TestMaterials.builder("steel").build();
		Material v2 = TestMaterials.builder("steel").version(2).conductivity(TestMaterials.table(293.15, 45)).build();
		assertEquals(List.of(v2, v1), TestMaterials.read(TestMaterials.write(List.of(v2, v1))));
	}

	@Test
	void writesTheDocumentedLayout() throws Exception {
		String json = TestMaterials.write(List.of(TestMaterials.builder("x").build()));
		assertTrue(json.startsWith("{\n  \"format\": \"laserdamage-materials\",\n  \"formatVersion\": 1,"), json);
		assertTrue(json.contains("\"unit\": \"J/(kg K)\""), json);
		assertTrue(json.contains("[293.15, 500],\n"), "one row per line: " + json);
		assertTrue(json.contains("\"wavelength\": 1.064e-6"), json);
		assertTrue(json.endsWith("}\n"));
	}

	@Test
	void emptyListRoundTrips() throws Exception {
		assertEquals(List.of(), TestMaterials.read(TestMaterials.write(List.of())));
	}

	@Test
	void readsTheSmallExampleFile() throws Exception {
		Material m = TestMaterials.read(TestMaterials.VALID).get(0);
		assertEquals("test-metal", m.id());
		assertEquals(1, m.version());
		assertEquals("", m.description());
		assertEquals(950, m.specificHeat().valueAt(446.575), 1e-9);
		assertEquals(0.065, m.absorptivity().valueAt(1.064e-6, 596.575), 1e-12);
		assertEquals(new Source("test", "https://example.org", "n"), m.source(PropertyKind.CONDUCTIVITY));
		assertEquals("test density", m.source(PropertyKind.DENSITY).citation());
		assertTrue(m.conductivityThroughThickness().isEmpty());
	}
}
