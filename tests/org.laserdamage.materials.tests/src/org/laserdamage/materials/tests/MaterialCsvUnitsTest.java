package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialImport;

/** Units in CSV headers and unit cells are converted to SI, exactly where the decimal value is exact. */
class MaterialCsvUnitsTest {

	@TempDir
	Path tmp;

	private Material read(Map<String, String> files) throws Exception {
		return MaterialImport.read(TestCsv.write(tmp.resolve("m"), files)).get(0);
	}

	@Test
	void everyValueInOtherUnitsReadsAsTheSiFile() throws Exception {
		Map<String, String> files = TestCsv.files();
		files.put("material.csv", TestCsv.MATERIAL.replace("solidus,850,K", "solidus,576.85,°C")
				.replace("liquidus,920,K", "liquidus,646.85,degC").replace("latentHeatFusion,3.9e5,J/kg", "latentHeatFusion,390,kJ/kg")
				.replace("boilingPoint,2740,K", "boilingPoint,2466.85,C")
				.replace("latentHeatVaporization,1.08e7,J/kg", "latentHeatVaporization,10.8,MJ/kg"));
		files.put("density.csv", "temperature [°C],density [g/cm3]\n20,2.7\n");
		files.put("specific-heat.csv", "Temperature [°C],Specific heat [kJ/(kg K)]\n20,0.9\n326.85,1\n");
		files.put("conductivity.csv", "temperature [degC],conductivity [W/m/K]\n20,200\n");
		files.put("emissivity.csv", "temperature [C],emissivity [%]\n20,5\n");
		files.put("absorptivity.csv", """
				wavelength [µm],temperature [°C],absorptivity [%]
				1.064,20,5
				1.064,626.85,8
				10.6,20,1.2
				""");
		Material m = read(files);
		Material si = TestMaterials.read(TestMaterials.VALID).get(0);
		assertEquals(si, m, "the converted values are the doubles nearest to the SI values, bit for bit");
		assertEquals(293.15, m.density().temperature(0));
		assertEquals(2700.0, m.density().value(0));
		assertEquals(390000.0, m.melting().orElseThrow().latentHeat());
		assertEquals(1.064e-6, m.absorptivity().wavelength(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "W/(m K)", "W/m/K", "W/mK", "W/(m·K)", "W/(m*K)", "W m^-1 K^-1", " W / ( m K ) " })
	void conductivitySpellings(String unit) throws Exception {
		Material m = read(TestCsv.with("conductivity.csv", "[W/(m K)]", "[" + unit + "]"));
		assertEquals(200.0, m.conductivity().value(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "kg/m3", "kg/m^3", "kg/m³", "g/cm3", "g/cm^3", "g/cm³" })
	void densitySpellings(String unit) throws Exception {
		String value = unit.startsWith("g") ? "2.7" : "2700";
		Material m = read(TestCsv.with("density.csv", "[kg/m3]\n293.15,2700", "[" + unit + "]\n293.15," + value));
		assertEquals(2700.0, m.density().value(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "J/(kg K)", "J/kg/K", "J/kgK", "J/(kg·K)", "kJ/(kg K)", "kJ/kg/K", "kJ/kgK", "J/(g K)" })
	void specificHeatSpellings(String unit) throws Exception {
		boolean kilo = unit.startsWith("k") || unit.contains("/(g");
		Material m = read(TestCsv.with("specific-heat.csv", "[J/(kg K)]\n293.15,900\n600,1000",
				"[" + unit + "]\n293.15," + (kilo ? "0.9" : "900") + "\n600," + (kilo ? "1.0" : "1000")));
		assertEquals(900.0, m.specificHeat().value(0));
		assertEquals(1000.0, m.specificHeat().value(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "K", "°C", "C", "degC", "deg C", "℃" })
	void temperatureSpellings(String unit) throws Exception {
		String value = unit.equals("K") ? "293.15" : "20";
		Material m = read(TestCsv.with("emissivity.csv", "[K],emissivity [1]\n293.15", "[" + unit + "],emissivity [1]\n" + value));
		assertEquals(293.15, m.emissivity().temperature(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "m:1.064e-6", "mm:1.064e-3", "um:1.064", "µm:1.064", "μm:1.064", "nm:1064" })
	void wavelengthSpellings(String unitAndValue) throws Exception {
		String unit = unitAndValue.split(":")[0];
		String value = unitAndValue.split(":")[1];
		Map<String, String> files = TestCsv.files();
		files.put("absorptivity.csv", "wavelength [" + unit + "],temperature [K],absorptivity\n" + value + ",293.15,0.05\n");
		Material m = read(files);
		assertEquals(1.064e-6, m.absorptivity().wavelength(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "J/kg:390000", "kJ/kg:390", "J/g:390", "MJ/kg:0.39" })
	void latentHeatSpellings(String unitAndValue) throws Exception {
		String unit = unitAndValue.split(":")[0];
		String value = unitAndValue.split(":")[1];
		Material m = read(TestCsv.with("material.csv", "latentHeatFusion,3.9e5,J/kg", "latentHeatFusion," + value + "," + unit));
		assertEquals(390000.0, m.melting().orElseThrow().latentHeat());
	}

	@Test
	void fractionsMayOmitTheUnit() throws Exception {
		assertEquals(0.05, read(TestCsv.with("emissivity.csv", "emissivity [1]", "emissivity")).emissivity().value(0));
		assertEquals(0.05, read(TestCsv.with("emissivity.csv", "emissivity [1]", "emissivity [-]")).emissivity().value(0));
	}

	@Test
	void spreadsheetQuirksAreAccepted() throws Exception {
		Map<String, String> files = TestCsv.files();
		files.put("material.csv", "\uFEFF" + TestCsv.MATERIAL.replace("\n", "\r\n").replace("id,test-metal,,,,", "id,test-metal")
				.replace("class,METAL", "class,metal") + ",,,,,\r\n\r\n");
		files.put("conductivity.csv", "temperature [K],conductivity [W/(m K)],\n 293.15 , \"200\" ,\n\n");
		Material m = read(files);
		assertEquals(TestMaterials.read(TestMaterials.VALID).get(0), m);
	}

	@Test
	void headerNamesMayUseTheKeySpelling() throws Exception {
		Material m = read(TestCsv.with("specific-heat.csv", "specific heat [", "specificHeat ["));
		assertEquals(900.0, m.specificHeat().value(0));
	}
}
