package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laserdamage.materials.tests.TestMaterials.VALID;
import static org.laserdamage.materials.tests.TestMaterials.lineOf;
import static org.laserdamage.materials.tests.TestMaterials.replaceOnce;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.MaterialFormatException;

/** A broken file must fail with a message that names the file, line, material, field and fix. */
class MaterialJsonErrorTest {

	private static MaterialFormatException fail(String json) {
		return assertThrows(MaterialFormatException.class, () -> TestMaterials.read(json));
	}

	private static void assertMentions(MaterialFormatException e, String... parts) {
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
		}
		assertTrue(e.getMessage().startsWith(TestMaterials.FILE + ", line " + e.line() + ", column "), e.getMessage());
		assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
		assertTrue(!e.fix().isEmpty(), "no fix in: " + e.getMessage());
	}

	@Test
	void syntaxErrorNamesTheLine() {
		String json = replaceOnce(VALID, "\"name\": \"Test metal\",", "\"name\": \"Test metal\"");
		MaterialFormatException e = fail(json);
		int line = lineOf(json, "\"name\": \"Test metal\"");
		assertTrue(e.line() == line || e.line() == line + 1, "line " + e.line() + ": " + e.getMessage());
		assertMentions(e, "not valid JSON", "missing comma");
	}

	@Test
	void commentsAndTrailingCommasAreSyntaxErrors() {
		MaterialFormatException e = fail(replaceOnce(VALID, "\"formatVersion\": 1,", "\"formatVersion\": 1, // one"));
		assertEquals(lineOf(VALID, "\"formatVersion\""), e.line());
		assertMentions(e, "not valid JSON");
		fail(replaceOnce(VALID, "[[293.15, 0.012]]", "[[293.15, 0.012],]"));
	}

	@Test
	void truncatedFileIsReported() {
		MaterialFormatException e = fail(VALID.substring(0, VALID.indexOf("\"emissivity\"")));
		assertMentions(e, "ends in the middle");
	}

	@Test
	void missingFieldNamesMaterialAndField() {
		String json = replaceOnce(VALID, lineContaining(VALID, "\"specificHeat\""), "");
		MaterialFormatException e = fail(json);
		assertEquals("test-metal", e.materialId());
		assertEquals("specificHeat", e.field());
		assertEquals(lineOf(json, "\"id\": \"test-metal\"") - 1, e.line(), "points at the material's opening brace");
		assertMentions(e, "material 'test-metal'", "'specificHeat'", "missing", "J/(kg K)");
	}

	@Test
	void missingSourceIsReported() {
		String json = replaceOnce(VALID, "\"table\": [[293.15, 0.05]], \"source\": {\"citation\": \"test\"}}",
				"\"table\": [[293.15, 0.05]]}");
		MaterialFormatException e = fail(json);
		assertEquals("emissivity.source", e.field());
		assertEquals(lineOf(json, "\"emissivity\""), e.line());
		assertMentions(e, "citation");
	}

	@Test
	void blankCitationIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "{\"citation\": \"test density\"}", "{\"citation\": \" \"}"));
		assertEquals("density.source.citation", e.field());
		assertMentions(e, "needs a citation");
	}

	@Test
	void nonIncreasingTemperaturesNameTheRow() {
		String json = replaceOnce(VALID, "[[293.15, 900], [600, 1000]]", "[[293.15, 900], [290, 1000]]");
		MaterialFormatException e = fail(json);
		assertEquals(lineOf(json, "\"specificHeat\""), e.line());
		assertEquals("specificHeat.table[2]", e.field());
		assertMentions(e, "test-metal", "temperatures must increase", "row 2 (290.0 K)", "increasing temperature");
	}

	@Test
	void absorptivityAboveOneIsReportedWithTheFix() {
		String json = replaceOnce(VALID, "[900, 0.08]", "[900, 8]");
		MaterialFormatException e = fail(json);
		assertEquals(lineOf(json, "[900, 8]"), e.line());
		assertEquals("absorptivity.rows[1].table[2]", e.field());
		assertMentions(e, "outside [0, 1]", "fraction between 0 and 1");
	}

	@Test
	void emissivityAboveOneIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "[[293.15, 0.05]], \"source\": {\"citation\": \"test\"}}",
				"[[293.15, 5]], \"source\": {\"citation\": \"test\"}}"));
		assertEquals("emissivity.table[1]", e.field());
		assertMentions(e, "outside [0, 1]");
	}

	@Test
	void nonPositiveDensityIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "[[293.15, 2700]]", "[[293.15, 0]]"));
		assertEquals("density.table[1]", e.field());
		assertMentions(e, "must be positive");
	}

	@Test
	void unknownFieldSuggestsTheRightSpelling() {
		MaterialFormatException e = fail(replaceOnce(VALID, "\"specificHeat\"", "\"specificheat\""));
		assertEquals(lineOf(VALID, "\"specificHeat\""), e.line());
		assertMentions(e, "unknown field 'specificheat'", "did you mean 'specificHeat'");
	}

	@Test
	void repeatedFieldIsReported() {
		String json = replaceOnce(VALID, "\"class\": \"METAL\",", "\"class\": \"METAL\", \"class\": \"GLASS\",");
		assertMentions(fail(json), "appears twice");
	}

	@Test
	void numberInQuotesIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "[[293.15, 2700]]", "[[293.15, \"2700\"]]"));
		assertEquals("density.table[1]", e.field());
		assertMentions(e, "expected a number, found a string", "without quotes");
	}

	@Test
	void wavelengthInMicrometresIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "1.064e-6", "1.064"));
		assertEquals("absorptivity.rows[1].wavelength", e.field());
		assertMentions(e, "metres", "1.064e-6");
	}

	@Test
	void decreasingWavelengthsAreReported() {
		assertMentions(fail(replaceOnce(VALID, "1.06e-5", "1.0e-6")), "wavelengths must increase");
	}

	@Test
	void wrongUnitIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "\"kg/m3\"", "\"g/cm3\""));
		assertEquals("density.unit", e.field());
		assertMentions(e, "'g/cm3'", "kg/m3");
	}

	@Test
	void latentHeatInKilojoulesIsReported() {
		assertMentions(fail(replaceOnce(VALID, "\"value\": 3.9e5", "\"value\": 390")), "implausibly small", "3.9e5");
	}

	@Test
	void liquidusBelowSolidusIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "\"liquidus\": 920", "\"liquidus\": 800"));
		assertEquals("meltingRange.liquidus", e.field());
		assertMentions(e, "below the solidus");
	}

	@Test
	void boilingBelowLiquidusIsReported() {
		String json = replaceOnce(VALID, "\"value\": 2740", "\"value\": 900");
		MaterialFormatException e = fail(json);
		assertEquals(lineOf(json, "\"boilingPoint\""), e.line());
		assertMentions(e, "must lie above the liquidus");
	}

	@Test
	void unknownClassListsTheChoices() {
		assertMentions(fail(replaceOnce(VALID, "\"METAL\"", "\"metal\"")), "unknown material class 'metal'", "COMPOSITE");
	}

	@Test
	void badVersionIsReported() {
		assertMentions(fail(replaceOnce(VALID, "\"class\": \"METAL\",", "\"class\": \"METAL\", \"version\": 1.5,")), "whole number");
	}

	@Test
	void unsupportedFormatVersionIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "\"formatVersion\": 1", "\"formatVersion\": 2"));
		assertEquals("formatVersion", e.field());
		assertMentions(e, "not supported");
	}

	@Test
	void otherJsonIsNotMistakenForMaterials() {
		assertMentions(fail(replaceOnce(VALID, "\"laserdamage-materials\"", "\"something-else\"")), "not a material file");
		assertMentions(fail("[1, 2, 3]"), "expected the top-level object");
		assertMentions(fail("{\"formatVersion\": 1, \"materials\": []}"), "no 'format'");
	}

	@Test
	void textAfterTheDocumentIsReported() {
		assertMentions(fail(VALID + "{}"), "more text after the end");
	}

	@Test
	void duplicateIdAndVersionIsReported() throws Exception {
		int start = VALID.indexOf("    {\n      \"id\"");
		int end = VALID.lastIndexOf("    }\n") + "    }\n".length();
		String material = VALID.substring(start, end);
		String json = VALID.substring(0, end - 1) + ",\n" + material + VALID.substring(end);
		MaterialFormatException e = fail(json);
		assertMentions(e, "already defined at line " + lineOf(json, "    {\n      \"id\""), "higher \"version\"");
		String newer = material.replace("\"class\": \"METAL\",", "\"class\": \"METAL\", \"version\": 2,");
		assertEquals(2, TestMaterials.read(VALID.substring(0, end - 1) + ",\n" + newer + VALID.substring(end)).size());
	}

	@Test
	void infiniteNumberIsReported() {
		assertMentions(fail(replaceOnce(VALID, "[[293.15, 2700]]", "[[293.15, 1e999]]")), "not finite");
		assertMentions(fail(replaceOnce(VALID, "[[293.15, 2700]]", "[[293.15, NaN]]")), "not valid JSON");
	}

	@Test
	void rowWithThreeNumbersIsReported() {
		MaterialFormatException e = fail(replaceOnce(VALID, "[[293.15, 2700]]", "[[293.15, 2700, 3]]"));
		assertEquals("density.table[1]", e.field());
		assertMentions(e, "more entries than expected", "two numbers");
	}

	private static String lineContaining(String text, String marker) {
		int index = text.indexOf(marker);
		int start = text.lastIndexOf('\n', index) + 1;
		return text.substring(start, text.indexOf('\n', index) + 1);
	}
}
