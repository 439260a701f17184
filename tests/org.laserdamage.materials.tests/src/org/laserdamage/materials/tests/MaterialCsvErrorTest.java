package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialImport;

/** A broken CSV folder fails with a message naming the file, line, column, field and fix. */
class MaterialCsvErrorTest {

	@TempDir
	Path tmp;

	private MaterialFormatException fail(Map<String, String> files) throws Exception {
		Path folder = TestCsv.write(tmp.resolve("test-metal"), files);
		return assertThrows(MaterialFormatException.class, () -> MaterialImport.read(folder));
	}

	/** Checks file, line and column, and that the message holds them, each of {@code parts} and a fix. */
	private static void assertAt(MaterialFormatException e, String file, int line, int column, String... parts) {
		assertTrue(e.sourceName().endsWith(file), e.sourceName() + " is not " + file + ": " + e.getMessage());
		assertEquals(line, e.line(), e.getMessage());
		assertEquals(column, e.column(), e.getMessage());
		String where = file + ", line " + line + ", column " + column + ": ";
		assertTrue(e.getMessage().contains(where), "'" + where + "' missing from: " + e.getMessage());
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
		}
		assertTrue(!e.fix().isEmpty(), "no fix in: " + e.getMessage());
	}

	@Test
	void badNumberNamesFileLineAndColumn() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("specific-heat.csv", "600,1000", "600,1OOO"));
		assertAt(e, "specific-heat.csv", 3, 2, "'1OOO' is not a number", "material 'test-metal'", "field 'specific heat'");
		e = fail(TestCsv.with("specific-heat.csv", "600,1000", "6OO,1000"));
		assertAt(e, "specific-heat.csv", 3, 1, "'6OO' is not a number", "field 'temperature'");
	}

	@Test
	void numbersWithUnitsOrNaNAreRefused() throws Exception {
		assertAt(fail(TestCsv.with("density.csv", "293.15,2700", "293.15,2700 kg/m3")), "density.csv", 2, 2, "not a number",
				"the unit goes in the header");
		assertAt(fail(TestCsv.with("density.csv", "293.15,2700", "293.15,NaN")), "density.csv", 2, 2, "not a number");
		assertAt(fail(TestCsv.with("density.csv", "293.15,2700", "293.15,1e999")), "density.csv", 2, 2, "too large");
	}

	@Test
	void decimalCommaIsReportedAsAnExtraValue() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("density.csv", "293.15,2700", "293.15,2,7"));
		assertAt(e, "density.csv", 2, 3, "the row has 3 values, the header has 2 columns", "decimal comma");
	}

	@Test
	void unknownUnitListsTheAcceptedUnits() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("conductivity.csv", "[W/(m K)]", "[BTU/(h ft F)]"));
		assertAt(e, "conductivity.csv", 1, 2, "unknown unit 'BTU/(h ft F)'", "W/(m K)", "W/m/K", "W/mK");
		e = fail(TestCsv.with("density.csv", "temperature [K]", "temperature [F]"));
		assertAt(e, "density.csv", 1, 1, "unknown unit 'F' for temperature", "K, °C");
		e = fail(TestCsv.with("material.csv", "boilingPoint,2740,K", "boilingPoint,2740,Kelvin"));
		assertAt(e, "material.csv", TestMaterials.lineOf(TestCsv.MATERIAL, "boilingPoint"), 3, "unknown unit 'Kelvin'");
	}

	@Test
	void unitsAreCaseSensitive() throws Exception {
		assertAt(fail(TestCsv.with("material.csv", "latentHeatFusion,3.9e5,J/kg", "latentHeatFusion,390,kj/kg")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "latentHeatFusion"), 3, "unknown unit 'kj/kg'", "kJ/kg");
	}

	@Test
	void missingUnitIsReported() throws Exception {
		assertAt(fail(TestCsv.with("conductivity.csv", "temperature [K]", "temperature")), "conductivity.csv", 1, 1,
				"has no unit", "temperature [K]");
		assertAt(fail(TestCsv.with("material.csv", "solidus,850,K", "solidus,850,")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "solidus"), 3, "has no unit");
	}

	@Test
	void missingColumnIsReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("conductivity.csv", "temperature [K],conductivity [W/(m K)]", "temperature [K]"));
		assertAt(e, "conductivity.csv", 1, 2, "no column 2 (conductivity)", "temperature [K],conductivity [W/(m K)]");
		e = fail(TestCsv.with("absorptivity.csv", "wavelength [m],", ""));
		assertAt(e, "absorptivity.csv", 1, 1, "expected the wavelength");
		e = fail(TestCsv.with("specific-heat.csv", "600,1000", "600"));
		assertAt(e, "specific-heat.csv", 3, 2, "the cell is empty");
	}

	@Test
	void columnsInTheWrongOrderOrTheWrongFileAreReported() throws Exception {
		assertAt(fail(TestCsv.with("density.csv", "temperature [K],density [kg/m3]", "density [kg/m3],temperature [K]")),
				"density.csv", 1, 1, "expected the temperature");
		assertAt(fail(TestCsv.with("density.csv", "density [kg/m3]", "conductivity [kg/m3]")), "density.csv", 1, 2,
				"expected the density");
	}

	@Test
	void nonIncreasingTemperaturesAreReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("specific-heat.csv", "293.15,900\n600,1000", "600,900\n293.15,1000"));
		assertAt(e, "specific-heat.csv", 3, 1, "temperatures must increase", "on line 2");
		e = fail(TestCsv.with("specific-heat.csv", "600,1000", "293.15,1000"));
		assertAt(e, "specific-heat.csv", 3, 1, "temperatures must increase");
		e = fail(TestCsv.with("absorptivity.csv", "1.064e-6,900,0.08", "1.064e-6,200,0.08"));
		assertAt(e, "absorptivity.csv", 3, 2, "temperatures must increase");
	}

	@Test
	void temperatureBelowAbsoluteZeroIsReported() throws Exception {
		assertAt(fail(TestCsv.with("density.csv", "temperature [K],density [kg/m3]\n293.15", "temperature [°C],density [kg/m3]\n-300")),
				"density.csv", 2, 1, "absolute zero");
	}

	@Test
	void valuesOutOfRangeAreReported() throws Exception {
		assertAt(fail(TestCsv.with("density.csv", "293.15,2700", "293.15,-2700")), "density.csv", 2, 2, "must be positive");
		assertAt(fail(TestCsv.with("emissivity.csv", "293.15,0.05", "293.15,5")), "emissivity.csv", 2, 2, "outside [0, 1]", "[%]");
		assertAt(fail(TestCsv.with("material.csv", "latentHeatFusion,3.9e5,J/kg", "latentHeatFusion,390,J/kg")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "latentHeatFusion"), 2, "implausibly small", "kJ/kg");
	}

	@Test
	void absorptivityRowsMustBeGroupedByIncreasingWavelength() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("absorptivity.csv", "1.064e-6,900,0.08\n1.06e-5,293.15,0.012",
				"1.06e-5,293.15,0.012\n1.064e-6,900,0.08"));
		assertAt(e, "absorptivity.csv", 4, 1, "comes after the rows for 1.06E-5 m (from line 3)", "group the rows by wavelength");
	}

	@Test
	void wavelengthInTheWrongUnitIsReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("absorptivity.csv", "1.064e-6,293.15", "1.064,293.15"));
		assertAt(e, "absorptivity.csv", 2, 1, "not a laser wavelength", "wavelength [um]");
	}

	@Test
	void unterminatedQuoteIsReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("material.csv", "name,Test metal", "name,\"Test metal"));
		assertAt(e, "material.csv", TestMaterials.lineOf(TestCsv.MATERIAL, "name,"), 2, "no closing quote");
		e = fail(TestCsv.with("material.csv", "name,Test metal", "name,\"Test\" metal"));
		assertAt(e, "material.csv", TestMaterials.lineOf(TestCsv.MATERIAL, "name,"), 2, "text after the closing quote");
	}

	@Test
	void materialFileProblemsNameTheRow() throws Exception {
		int conductivity = TestMaterials.lineOf(TestCsv.MATERIAL, "conductivity,");
		assertAt(fail(TestCsv.with("material.csv", "conductivity,conductivity.csv", "conductivty,conductivity.csv")), "material.csv",
				conductivity, 1, "unknown key 'conductivty'", "conductivity");
		assertAt(fail(TestCsv.with("material.csv", "conductivity,conductivity.csv,,test", "conductivity,conductivity.csv,,")),
				"material.csv", conductivity, 4, "no citation");
		assertAt(fail(TestCsv.with("material.csv", "conductivity,conductivity.csv,,", "conductivity,conductivity.csv,W/(m K),")),
				"material.csv", conductivity, 3, "takes no unit", "header");
		assertAt(fail(TestCsv.with("material.csv", "name,Test metal,,", "name,Test metal,,somebody")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "name,"), 4, "takes no citation");
		assertAt(fail(TestCsv.with("material.csv", "class,METAL", "class,metall")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "class,"), 2, "unknown material class 'metall'", "METAL");
		assertAt(fail(TestCsv.with("material.csv", "key,value,unit,", "key,value,units,")), "material.csv", 1, 3, "header");
	}

	@Test
	void missingRowIsReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("material.csv", "specificHeat,specific-heat.csv,,test,,\n", ""));
		assertAt(e, "material.csv", 1, 1, "the row 'specificHeat' is missing", "specificHeat,specific-heat.csv");
		assertEquals("specificHeat", e.field());
	}

	@Test
	void repeatedRowIsReported() throws Exception {
		MaterialFormatException e = fail(TestCsv.with("material.csv", "name,Test metal,,,,\n", "name,Test metal,,,,\nname,Other,,,,\n"));
		assertAt(e, "material.csv", TestMaterials.lineOf(TestCsv.MATERIAL, "name,") + 1, 1, "given twice");
	}

	@Test
	void meltingAndBoilingPointsAreChecked() throws Exception {
		assertAt(fail(TestCsv.with("material.csv", "liquidus,920,K", "liquidus,800,K")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "liquidus"), 2, "lies below the solidus");
		assertAt(fail(TestCsv.with("material.csv", "boilingPoint,2740,K", "boilingPoint,900,K")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "boilingPoint"), 2, "must lie above the liquidus");
		assertAt(fail(TestCsv.with("material.csv", "liquidus,920,K,,,", "liquidus,920,K,other,,")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "liquidus"), 4, "one source");
	}

	@Test
	void missingOrStrayTableFilesAreReported() throws Exception {
		Map<String, String> files = TestCsv.files();
		files.put("emissivity.csv", null);
		assertAt(fail(files), "material.csv", TestMaterials.lineOf(TestCsv.MATERIAL, "emissivity,"), 2, "does not exist");
		files = TestCsv.files();
		files.put("conductivity-through-thickness.csv", "temperature [K],conductivity [W/(m K)]\n293.15,1\n");
		MaterialFormatException e = fail(files);
		assertTrue(e.sourceName().endsWith("material.csv"), e.getMessage());
		assertTrue(e.getMessage().contains("conductivity-through-thickness.csv") && e.getMessage().contains("not named"), e.getMessage());
		assertAt(fail(TestCsv.with("material.csv", "density,density.csv", "density,../density.csv")), "material.csv",
				TestMaterials.lineOf(TestCsv.MATERIAL, "density,"), 2, "not the name of a table file");
	}

	@Test
	void emptyTableIsReported() throws Exception {
		assertAt(fail(TestCsv.with("density.csv", "293.15,2700\n", "")), "density.csv", 2, 1, "no rows");
	}

	@Test
	void textThatIsNotUtf8IsReported() throws Exception {
		Path folder = TestCsv.write(tmp.resolve("latin1"), TestCsv.files());
		Files.write(folder.resolve("density.csv"), "temperature [\u00b0C],density [kg/m3]\n20,2700\n".getBytes("ISO-8859-1"));
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(folder));
		assertTrue(e.sourceName().endsWith("density.csv") && e.getMessage().contains("UTF-8"), e.getMessage());
	}
}
