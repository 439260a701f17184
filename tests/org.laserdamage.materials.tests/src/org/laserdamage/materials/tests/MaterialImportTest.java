package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialImport;
import org.laserdamage.materials.MaterialImport.Imported;
import org.laserdamage.materials.MaterialStoreException;

/** An import reads and checks everything first and stores all of it in one call, or nothing. */
class MaterialImportTest {

	@TempDir
	Path tmp;

	private InMemoryMaterialStore store;
	private Material al;
	private Material cu;

	@BeforeEach
	void seed() throws Exception {
		store = new InMemoryMaterialStore();
		al = BuiltInMaterials.load().find("al-6061-t6").orElseThrow();
		cu = BuiltInMaterials.load().find("cu-c101").orElseThrow();
		store.saveAll(List.of(al));
	}

	/** A library folder with two good materials (one CSV folder, one JSON file) and the CSV test material. */
	private Path library() throws Exception {
		Path lib = tmp.resolve("lib");
		MaterialExport.writeCsv(List.of(cu), lib);
		MaterialExport.writeJson(List.of(TestMaterials.builder("json-metal").build()), lib.resolve("more.json"));
		TestCsv.write(lib.resolve("test-metal"), TestCsv.files());
		return lib;
	}

	@Test
	void oneBadFileAmongSeveralLeavesTheStoreUnchanged() throws Exception {
		Path lib = library();
		Files.writeString(lib.resolve("test-metal/conductivity.csv"), "temperature [K],conductivity [W/(m K)]\n293.15,2OO\n");
		List<Material> before = store.all();
		int calls = store.saveCalls();
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.importInto(store, lib));
		assertTrue(e.getMessage().contains("conductivity.csv, line 2, column 2"), e.getMessage());
		assertEquals(before, store.all());
		assertEquals(calls, store.saveCalls(), "nothing may reach the store");
	}

	@Test
	void badJsonAmongCsvFoldersLeavesTheStoreUnchanged() throws Exception {
		Path lib = library();
		Files.writeString(lib.resolve("zz-broken.json"), "{\"format\": \"laserdamage-materials\",");
		List<Material> before = store.all();
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.importInto(store, lib));
		assertTrue(e.sourceName().endsWith("zz-broken.json"), e.getMessage());
		assertEquals(before, store.all());
	}

	@Test
	void storeFailureStoresNothing() throws Exception {
		Path lib = library();
		List<Material> before = store.all();
		store.failSaves();
		assertThrows(MaterialStoreException.class, () -> MaterialImport.importInto(store, lib));
		assertEquals(before, store.all());
	}

	@Test
	void goodImportStoresEverythingInOneCallWithNewVersions() throws Exception {
		Path lib = library();
		Material changedAl = InMemoryMaterialStore.withVersion(TestMaterials.builder("al-6061-t6").build(), 1);
		MaterialExport.writeCsv(changedAl, lib.resolve("al"));
		int calls = store.saveCalls();
		List<Imported> imported = MaterialImport.importInto(store, lib);
		assertEquals(calls + 1, store.saveCalls());
		assertEquals(List.of("al-6061-t6 v2", "cu-c101 v1", "json-metal v1", "test-metal v1"),
				imported.stream().map(i -> i.material().id() + " v" + i.material().version()).toList());
		assertTrue(imported.stream().allMatch(Imported::stored));
		assertEquals(2, store.history("al-6061-t6").size());
		assertEquals(InMemoryMaterialStore.withVersion(changedAl, 2), store.find("al-6061-t6").orElseThrow());
		assertEquals(TestMaterials.read(TestMaterials.VALID).get(0), store.find("test-metal").orElseThrow());
	}

	@Test
	void unchangedMaterialIsNotStoredAgain() throws Exception {
		Path folder = tmp.resolve("al");
		MaterialExport.writeCsv(InMemoryMaterialStore.withVersion(al, 5), folder);
		int calls = store.saveCalls();
		List<Imported> imported = MaterialImport.importInto(store, folder);
		assertEquals(1, imported.size());
		assertFalse(imported.get(0).stored());
		assertEquals(al, imported.get(0).material());
		assertEquals(1, store.history(al.id()).size());
		assertEquals(calls, store.saveCalls(), "nothing to store, no transaction");
	}

	@Test
	void severalVersionsAreStoredOldestFirst() throws Exception {
		Material v1 = TestMaterials.builder("steel").build();
		Material v2 = TestMaterials.builder("steel").version(2).conductivity(TestMaterials.table(293.15, 45)).build();
		Path file = tmp.resolve("steel.json");
		MaterialExport.writeJson(List.of(v2, v1), file);
		List<Imported> imported = MaterialImport.importInto(store, file);
		assertEquals(List.of(1, 2), imported.stream().map(i -> i.material().version()).toList());
		assertEquals(v2, store.find("steel").orElseThrow(), "the newest in the file is the newest in the store");
	}

	@Test
	void materialCsvPathReadsItsFolder() throws Exception {
		Path folder = TestCsv.write(tmp.resolve("m"), TestCsv.files());
		assertEquals(TestMaterials.read(TestMaterials.VALID), MaterialImport.read(folder.resolve("material.csv")));
	}

	@Test
	void pathsThatHoldNoMaterialsAreReported() throws Exception {
		assertThrows(NoSuchFileException.class, () -> MaterialImport.read(tmp.resolve("missing")));
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(empty));
		assertTrue(e.getMessage().contains("no materials"), e.getMessage());
		Path table = TestCsv.write(tmp.resolve("m"), TestCsv.files()).resolve("density.csv");
		e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(table));
		assertTrue(e.getMessage().contains("cannot be imported on its own"), e.getMessage());
		Path text = Files.writeString(tmp.resolve("notes.txt"), "x");
		assertThrows(MaterialFormatException.class, () -> MaterialImport.read(text));
	}

	@Test
	void subFolderWithoutMaterialFileIsReported() throws Exception {
		Path lib = library();
		Files.createDirectories(lib.resolve("old"));
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(lib));
		assertTrue(e.sourceName().endsWith("old") && e.getMessage().contains("material.csv"), e.getMessage());
	}

	@Test
	void sameIdAndVersionInTwoFilesIsReported() throws Exception {
		Path lib = tmp.resolve("lib");
		TestCsv.write(lib.resolve("a"), TestCsv.files());
		TestCsv.write(lib.resolve("b"), TestCsv.files());
		MaterialFormatException e = assertThrows(MaterialFormatException.class, () -> MaterialImport.read(lib));
		assertTrue(e.getMessage().contains("also in") && e.getMessage().contains("test-metal"), e.getMessage());
	}
}
