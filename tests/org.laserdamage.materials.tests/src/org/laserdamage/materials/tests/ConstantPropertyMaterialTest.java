package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laserdamage.materials.tests.TestMaterials.VALID;
import static org.laserdamage.materials.tests.TestMaterials.lineOf;
import static org.laserdamage.materials.tests.TestMaterials.replaceOnce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialImport;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;

/**
 * Melting data and boiling data are optional, each group as a whole: a
 * constant-property test material needs no invented solidus or boiling point,
 * and a group given by halves is refused with a message naming the field.
 */
class ConstantPropertyMaterialTest {

	private static final String LATENT_HEAT_FUSION_LINE = "      \"latentHeatFusion\": {\"unit\": \"J/kg\", \"value\": 3.9e5, \"source\": {\"citation\": \"test\"}},\n";
	private static final String MELTING_RANGE_LINE = "      \"meltingRange\": {\"unit\": \"K\", \"solidus\": 850, \"liquidus\": 920, \"source\": {\"citation\": \"test\"}},\n";
	private static final String BOILING_LINE = "      \"boilingPoint\": {\"value\": 2740, \"source\": {\"citation\": \"test\"}},\n";
	private static final String VAPORIZATION_LINE = "      \"latentHeatVaporization\": {\"value\": 1.08e7, \"source\": {\"citation\": \"test\"}},\n";

	@TempDir
	Path tmp;

	@Test
	void aConstantPropertyMaterialHoldsNoPhaseChangeData() {
		Material m = TestMaterials.constantProperties("constant");
		assertTrue(m.melting().isEmpty());
		assertTrue(m.boiling().isEmpty());
		for (PropertyKind kind : List.of(PropertyKind.MELTING_RANGE, PropertyKind.LATENT_HEAT_FUSION, PropertyKind.BOILING_POINT,
				PropertyKind.LATENT_HEAT_VAPORIZATION)) {
			assertFalse(m.hasProperty(kind), kind.name());
			assertEquals(null, m.source(kind), kind.name());
		}
		assertTrue(m.hasProperty(PropertyKind.DENSITY));
	}

	@Test
	void roundTripsThroughJson() throws Exception {
		Material m = TestMaterials.constantProperties("constant");
		String json = TestMaterials.write(List.of(m));
		assertFalse(json.contains("meltingRange") || json.contains("latentHeat") || json.contains("boilingPoint"), json);
		assertEquals(List.of(m), TestMaterials.read(json));
	}

	@Test
	void roundTripsThroughCsv() throws Exception {
		Material m = TestMaterials.constantProperties("constant");
		Path folder = tmp.resolve("constant");
		MaterialExport.writeCsv(m, folder);
		String materialCsv = Files.readString(folder.resolve("material.csv"));
		assertFalse(materialCsv.contains("solidus") || materialCsv.contains("boilingPoint"), materialCsv);
		assertEquals(List.of(m), MaterialImport.read(folder));
	}

	@Test
	void meltingOnlyAndBoilingOnlyRoundTrip() throws Exception {
		Source source = new Source("test", "", "");
		Material meltsOnly = TestMaterials.constantBuilder("melts-only").melting(new Melting(1700, 1750, 2.5e5))
				.source(PropertyKind.MELTING_RANGE, source).source(PropertyKind.LATENT_HEAT_FUSION, source).build();
		Material boilsOnly = TestMaterials.constantBuilder("boils-only").boiling(new Boiling(3900, 5.97e7))
				.source(PropertyKind.BOILING_POINT, source).source(PropertyKind.LATENT_HEAT_VAPORIZATION, source).build();
		assertTrue(meltsOnly.boiling().isEmpty());
		assertEquals(1750, meltsOnly.melting().orElseThrow().liquidus());
		assertTrue(boilsOnly.melting().isEmpty());
		assertEquals(List.of(meltsOnly, boilsOnly), TestMaterials.read(TestMaterials.write(List.of(meltsOnly, boilsOnly))));
		for (Material m : List.of(meltsOnly, boilsOnly)) {
			MaterialExport.writeCsv(m, tmp.resolve(m.id()));
			assertEquals(List.of(m), MaterialImport.read(tmp.resolve(m.id())));
		}
	}

	@Test
	void jsonFieldsMayBeNull() throws Exception {
		String json = replaceOnce(VALID, MELTING_RANGE_LINE, "      \"meltingRange\": null,\n");
		json = replaceOnce(json, LATENT_HEAT_FUSION_LINE, "      \"latentHeatFusion\": null,\n");
		json = replaceOnce(json, BOILING_LINE, "      \"boilingPoint\": null,\n");
		json = replaceOnce(json, VAPORIZATION_LINE, "      \"latentHeatVaporization\": null,\n");
		Material m = TestMaterials.read(json).get(0);
		assertTrue(m.melting().isEmpty());
		assertTrue(m.boiling().isEmpty());
	}

	@Test
	void jsonHalfAGroupNamesTheMissingField() {
		String json = replaceOnce(VALID, LATENT_HEAT_FUSION_LINE, "");
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> TestMaterials.read(json));
		assertEquals("latentHeatFusion", e.field(), e.getMessage());
		assertEquals(lineOf(json, "\"meltingRange\""), e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("'meltingRange' is given but 'latentHeatFusion' is missing"), e.getMessage());
		assertTrue(e.fix().contains("\"latentHeatFusion\": {") && e.fix().contains("Or remove 'meltingRange'"), e.fix());

		String noBoiling = replaceOnce(VALID, BOILING_LINE, "");
		e = assertThrows(MaterialFormatException.class, () -> TestMaterials.read(noBoiling));
		assertEquals("boilingPoint", e.field(), e.getMessage());
		assertTrue(e.getMessage().contains("'latentHeatVaporization' is given but 'boilingPoint' is missing"), e.getMessage());

		String solidusOnly = replaceOnce(VALID, "\"solidus\": 850, \"liquidus\": 920,", "\"solidus\": 850,");
		e = assertThrows(MaterialFormatException.class, () -> TestMaterials.read(solidusOnly));
		assertEquals("meltingRange.liquidus", e.field(), e.getMessage());
		assertTrue(e.getMessage().contains("'liquidus' is missing"), e.getMessage());
	}

	@Test
	void csvRowsMayBeLeftOutOrEmpty() throws Exception {
		Map<String, String> files = TestCsv.files();
		String csv = files.get("material.csv");
		csv = replaceOnce(csv, "solidus,850,K,test,,\n", "");
		csv = replaceOnce(csv, "liquidus,920,K,,,\n", "");
		csv = replaceOnce(csv, "latentHeatFusion,3.9e5,J/kg,test,,\n", "");
		csv = replaceOnce(csv, "boilingPoint,2740,K,test,,\n", "boilingPoint,,,,,\n");
		csv = replaceOnce(csv, "latentHeatVaporization,1.08e7,J/kg,test,,\n", "latentHeatVaporization\n");
		files.put("material.csv", csv);
		Material m = MaterialImport.read(TestCsv.write(tmp.resolve("test-metal"), files)).get(0);
		assertTrue(m.melting().isEmpty());
		assertTrue(m.boiling().isEmpty());
	}

	@Test
	void csvHalfAGroupNamesTheMissingRow() throws Exception {
		Map<String, String> files = TestCsv.with("material.csv", "liquidus,920,K,,,\n", "");
		Path folder = TestCsv.write(tmp.resolve("test-metal"), files);
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(folder));
		assertEquals("liquidus", e.field(), e.getMessage());
		assertEquals(lineOf(files.get("material.csv"), "solidus,"), e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("the row 'solidus' is given but the row 'liquidus' is missing"), e.getMessage());
		assertTrue(e.fix().contains("add a row liquidus,") && e.fix().contains("or remove the rows solidus, latentHeatFusion"),
				e.fix());
	}

	@Test
	void theBuilderRefusesHalfAGroupAndNamesTheValue() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TestMaterials.builder("half").latentHeatFusion(Double.NaN).build());
		assertTrue(e.getMessage().contains("has no latent heat of fusion: melting data"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> TestMaterials.builder("half").boilingPoint(Double.NaN).build());
		assertTrue(e.getMessage().contains("has no boiling point: boiling data"), e.getMessage());
	}

	@Test
	void aSourceForAGroupNotGivenIsRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TestMaterials.constantBuilder("stray").source(PropertyKind.LATENT_HEAT_FUSION, new Source("x", "", "")).build());
		assertTrue(e.getMessage().contains("has a source for latent heat fusion but no melting data"), e.getMessage());
	}

	@Test
	void groupsCheckTheirValues() {
		assertThrows(IllegalArgumentException.class, () -> new Melting(900, 800, 0));
		assertThrows(IllegalArgumentException.class, () -> new Melting(900, 900, -1));
		assertThrows(IllegalArgumentException.class, () -> new Boiling(0, 1e6));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TestMaterials.builder("low").boiling(new Boiling(1000, 1e6)).build());
		assertTrue(e.getMessage().contains("must lie above the liquidus"), e.getMessage());
	}
}
