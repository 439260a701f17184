package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialImport;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/** Export then import gives equal materials, in CSV and in JSON, for every built-in material and for awkward values. */
class MaterialCsvRoundTripTest {

	@TempDir
	Path tmp;

	@Test
	void everyBuiltInRecordSurvivesCsv() throws Exception {
		List<Material> records = BuiltInMaterials.load().records();
		assertTrue(records.size() >= 8, records.toString());
		for (Material m : records) {
			Path folder = tmp.resolve(m.id() + "-v" + m.version());
			MaterialExport.writeCsv(m, folder);
			assertEquals(List.of(m), MaterialImport.read(folder), m.id());
		}
	}

	@Test
	void everyBuiltInRecordSurvivesJson() throws Exception {
		List<Material> records = BuiltInMaterials.load().records();
		Path file = tmp.resolve("out/all.json");
		MaterialExport.writeJson(records, file);
		assertEquals(records, MaterialImport.read(file));
	}

	@Test
	void libraryFolderRoundTrips() throws Exception {
		List<Material> materials = BuiltInMaterials.load().materials();
		List<Path> folders = MaterialExport.writeCsv(materials, tmp.resolve("lib"));
		assertEquals(materials.size(), folders.size());
		assertEquals(tmp.resolve("lib").resolve("al-6061-t6"), folders.get(materials.indexOf(
				BuiltInMaterials.load().find("al-6061-t6").orElseThrow())));
		List<Material> read = MaterialImport.read(tmp.resolve("lib"));
		assertEquals(sorted(materials), sorted(read));
		try (Stream<Path> files = Files.list(tmp.resolve("lib"))) {
			assertEquals(materials.size(), files.count(), "no staging folders are left behind");
		}
	}

	private static List<Material> sorted(List<Material> materials) {
		return materials.stream().sorted(Comparator.comparing(Material::id)).toList();
	}

	@Test
	void awkwardValuesAndTextSurviveCsvExactly() throws Exception {
		Material m = awkward();
		MaterialExport.writeCsv(m, tmp.resolve("odd"));
		Material copy = MaterialImport.read(tmp.resolve("odd")).get(0);
		assertEquals(m, copy);
		assertEquals(m.description(), copy.description());
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(copy.emissivity().value(0)), "negative zero kept");
	}

	static Material awkward() {
		TemperatureTable awkward = TestMaterials.table(0.1, 1e-300, 293.15, 0.1 + 0.2, 1e4 / 3, 123456789.123456789, 1e7,
				4.9e-324);
		return TestMaterials.builder("odd-one").version(7).materialClass(MaterialClass.COMPOSITE)
				.name("  Odd, \"quoted\" name  ")
				.description("Quotes \" and \\ backslash, commas,\nnew line,\r\nCRLF, tab\t, unicode µm ° ≤ 😀\n")
				.density(awkward).conductivityThroughThickness(TestMaterials.table(293.15, 0.6, 573.15, 0.7))
				.source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS,
						new Source("Smith, J., \"Through\", 2001", "https://example.org/a?b=c&d=e", "note ✓, \"x\""))
				.source(PropertyKind.MELTING_RANGE, new Source(" leading space", "", "line one\nline two"))
				.emissivity(TestMaterials.table(293.15, -0.0, 500, 0, 600, 1))
				.absorptivity(new AbsorptivityTable(new double[] { 3.55e-7, 1.0e-6, 1.0000000000000002e-6 },
						new TemperatureTable[] { TestMaterials.table(293.15, 0.5), TestMaterials.table(293.15, 0, 400, 1),
								TestMaterials.table(293.15, 1.0 / 3) }))
				.meltingRange(1357.77, 1357.77).latentHeatFusion(0).latentHeatVaporization(1.0000000000000002e7).build();
	}

	@Test
	void writesTheDocumentedLayout() throws Exception {
		Material al = BuiltInMaterials.load().find("al-6061-t6").orElseThrow();
		Path folder = tmp.resolve("al");
		MaterialExport.writeCsv(al, folder);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("absorptivity.csv", "conductivity.csv", "density.csv", "emissivity.csv", "material.csv",
					"specific-heat.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		List<String> material = Files.readAllLines(folder.resolve("material.csv"));
		assertEquals("key,value,unit,citation,url,notes", material.get(0));
		assertTrue(material.contains("id,al-6061-t6,,,,"), material.toString());
		assertTrue(material.stream().anyMatch(l -> l.startsWith("conductivity,conductivity.csv,,")), material.toString());
		assertTrue(material.stream().anyMatch(l -> l.startsWith("latentHeatFusion,390000,J/kg,")), material.toString());
		assertTrue(material.contains("liquidus,925.15,K,,,"), material.toString());
		List<String> k = Files.readAllLines(folder.resolve("conductivity.csv"));
		assertEquals("temperature [K],conductivity [W/(m K)]", k.get(0));
		assertTrue(k.get(1).startsWith("293.15,"), k.toString());
		List<String> a = Files.readAllLines(folder.resolve("absorptivity.csv"));
		assertEquals("wavelength [m],temperature [K],absorptivity [1]", a.get(0));
		assertTrue(a.stream().anyMatch(l -> l.startsWith("1.064e-6,293.15,")), a.toString());
		assertEquals("temperature [K],density [kg/m3]", Files.readAllLines(folder.resolve("density.csv")).get(0));
		assertEquals("temperature [K],specific heat [J/(kg K)]", Files.readAllLines(folder.resolve("specific-heat.csv")).get(0));
	}

	@Test
	void compositeWritesTheThroughThicknessTable() throws Exception {
		Material cfrp = BuiltInMaterials.load().find("carbon-epoxy").orElseThrow();
		MaterialExport.writeCsv(cfrp, tmp.resolve("cfrp"));
		assertEquals("temperature [K],through-thickness conductivity [W/(m K)]",
				Files.readAllLines(tmp.resolve("cfrp/conductivity-through-thickness.csv")).get(0));
		assertEquals(cfrp, MaterialImport.read(tmp.resolve("cfrp")).get(0));
	}

	@Test
	void exportRefusesANonEmptyFolderAndLeavesItAlone() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("lib/al-6061-t6"));
		Files.writeString(folder.resolve("notes.txt"), "keep me");
		Material al = BuiltInMaterials.load().find("al-6061-t6").orElseThrow();
		assertThrows(FileAlreadyExistsException.class, () -> MaterialExport.writeCsv(al, folder));
		Material cu = BuiltInMaterials.load().find("cu-c101").orElseThrow();
		FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
				() -> MaterialExport.writeCsv(List.of(cu, al), tmp.resolve("lib")));
		assertTrue(e.getMessage().contains("al-6061-t6"), e.getMessage());
		try (Stream<Path> files = Files.list(tmp.resolve("lib"))) {
			assertEquals(List.of("al-6061-t6"), files.map(p -> p.getFileName().toString()).toList(),
					"nothing written when one folder is taken");
		}
		assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
	}

	@Test
	void exportFillsAnEmptyFolder() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("empty"));
		Material al = BuiltInMaterials.load().find("al-6061-t6").orElseThrow();
		MaterialExport.writeCsv(al, folder);
		assertEquals(al, MaterialImport.read(folder).get(0));
	}

	@Test
	void jsonExportReplacesAnExistingFile() throws Exception {
		Path file = tmp.resolve("m.json");
		Files.writeString(file, "old");
		Material al = BuiltInMaterials.load().find("al-6061-t6").orElseThrow();
		MaterialExport.writeJson(List.of(al), file);
		assertEquals(List.of(al), MaterialImport.read(file));
		try (Stream<Path> files = Files.list(tmp)) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void folderNamesAreSafe() {
		assertEquals("al-6061-t6", MaterialExport.folderName("al-6061-t6"));
		assertEquals("a_b_c", MaterialExport.folderName("a/b\\c"));
		assertEquals("_..", MaterialExport.folderName(".."));
	}
}
