package org.laserdamage.materials.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A valid material folder in CSV form, the same material as
 * {@link TestMaterials#VALID}; tests break it in one place and check the message.
 */
final class TestCsv {

	static final String MATERIAL = """
			key,value,unit,citation,url,notes
			id,test-metal,,,,
			name,Test metal,,,,
			class,METAL,,,,
			density,density.csv,,test density,,
			specificHeat,specific-heat.csv,,test,,
			conductivity,conductivity.csv,,test,https://example.org,n
			solidus,850,K,test,,
			liquidus,920,K,,,
			latentHeatFusion,3.9e5,J/kg,test,,
			boilingPoint,2740,K,test,,
			latentHeatVaporization,1.08e7,J/kg,test,,
			emissivity,emissivity.csv,,test,,
			absorptivity,absorptivity.csv,,test,,
			""";

	private TestCsv() {
	}

	/** @return file name to text of the valid folder, in a mutable map */
	static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("material.csv", MATERIAL);
		files.put("density.csv", "temperature [K],density [kg/m3]\n293.15,2700\n");
		files.put("specific-heat.csv", "temperature [K],specific heat [J/(kg K)]\n293.15,900\n600,1000\n");
		files.put("conductivity.csv", "temperature [K],conductivity [W/(m K)]\n293.15,200\n");
		files.put("emissivity.csv", "temperature [K],emissivity [1]\n293.15,0.05\n");
		files.put("absorptivity.csv", """
				wavelength [m],temperature [K],absorptivity [1]
				1.064e-6,293.15,0.05
				1.064e-6,900,0.08
				1.06e-5,293.15,0.012
				""");
		return files;
	}

	/** Writes {@code files} into {@code folder}, creating it; a null text leaves the file out. */
	static Path write(Path folder, Map<String, String> files) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> e : files.entrySet()) {
			if (e.getValue() != null) {
				Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
			}
		}
		return folder;
	}

	/** @return the valid folder with one file's text changed by exactly one replacement */
	static Map<String, String> with(String file, String from, String to) {
		Map<String, String> files = files();
		files.put(file, TestMaterials.replaceOnce(files.get(file), from, to));
		return files;
	}
}
