package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code laserdamage materials list|show|import|export} against a material
 * database of its own: {@code laserdamage.data} points the store at a
 * temporary folder, never at the user's library.
 */
class MaterialsCliTest {

	@TempDir
	Path tmp;

	private String out;
	private String err;

	private static final String DATA = "laserdamage.data"; //$NON-NLS-1$

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private int cli(String... args) {
		int code = command.run(args);
		out = command.out();
		err = command.err();
		return code;
	}

	private static void assertContains(String text, String... parts) {
		for (String part : parts) {
			assertTrue(text.contains(part), "'" + part + "' missing from:\n" + text); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void listShowsTheSeededLibraryAndFiltersByClass() {
		assertEquals(0, cli("materials", "list"), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(out, "al-6061-t6", "cu-c101", "fused-silica", "metal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(out.lines().count() >= 8, out);
		assertEquals(0, cli("materials"), err); //$NON-NLS-1$
		assertContains(out, "al-6061-t6"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "list", "--class", "GLASS"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(out, "fused-silica"); //$NON-NLS-1$
		assertFalse(out.contains("al-6061-t6"), out); //$NON-NLS-1$
		assertEquals(2, cli("materials", "list", "--class=wood")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(err, "wood", "metal, ceramic, glass, polymer, composite"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void showPrintsValuesWithUnitsAndTheSourceOfEachProperty() {
		assertEquals(0, cli("materials", "show", "al-6061-t6"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(out, "(al-6061-t6), version 1 (newest 1), metal", "Density: 2700 kg/m³ at 293.15 K", //$NON-NLS-1$ //$NON-NLS-2$
				"Conductivity: ", "W/(m K) at 293.15 K", " at 500 K", "Melting range: solidus 855.15 K, liquidus 925.15 K", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Latent heat of fusion: 390000 J/kg", "Boiling point: 2743 K", "Latent heat of vaporization: 1.08e7 J/kg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Absorptivity:", "1.064 µm: 0.05 at 293.15 K", "Emissivity: "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long properties = out.lines().filter(l -> !l.startsWith(" ") && (l.contains(": ") || l.endsWith(":"))).count(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long sources = out.lines().filter(l -> l.trim().startsWith("Source: ")).count(); //$NON-NLS-1$
		assertEquals(9, properties, "nine properties without a through-thickness conductivity:\n" + out); //$NON-NLS-1$
		assertEquals(properties, sources, "one source per property:\n" + out); //$NON-NLS-1$
		assertEquals(0, cli("materials", "show", "carbon-epoxy"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(out, "Through-thickness conductivity: "); //$NON-NLS-1$
	}

	@Test
	void showOfAnUnknownMaterialOrVersionExitsWithTwo() {
		assertEquals(2, cli("materials", "show", "vibranium")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(err, "vibranium", "al-6061-t6"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("materials", "show", "al-6061-t6", "--version", "7")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertContains(err, "no version 7", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("materials", "show", "al-6061-t6", "--version", "two")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, cli("materials", "show")); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(err, "Usage: laserdamage materials show"); //$NON-NLS-1$
	}

	@Test
	void exportThenImportIsUnchangedAndAnEditStoresANewVersion() throws Exception {
		Path lib = tmp.resolve("lib"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "export", "--all", "--csv", lib.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(Files.isRegularFile(lib.resolve("al-6061-t6/conductivity.csv")), out); //$NON-NLS-1$
		assertEquals(0, cli("materials", "import", lib.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(out, "al-6061-t6 v1", "unchanged", "Stored 0 new version(s) in "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(out.contains("stored as version"), out); //$NON-NLS-1$

		Path density = lib.resolve("al-6061-t6/density.csv"); //$NON-NLS-1$
		Files.writeString(density, "temperature [°C],density [g/cm3]\n20,2.71\n"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "import", lib.resolve("al-6061-t6").toString()), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(out, "al-6061-t6 v2", "stored as version 2", "Stored 1 new version(s)", "0 unchanged"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, cli("materials", "show", "al-6061-t6"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(out, "version 2 (newest 2)", "Density: 2710 kg/m³ (constant)"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cli("materials", "show", "al-6061-t6", "--version", "1"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertContains(out, "version 1 (newest 2)", "Density: 2700 kg/m³ at 293.15 K"); //$NON-NLS-1$ //$NON-NLS-2$

		Path json = tmp.resolve("al-v1.json"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "export", "al-6061-t6", "--version", "1", "--json", json.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertContains(out, "Wrote 1 material(s)"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "import", json.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(out, "stored as version 3"); //$NON-NLS-1$
	}

	@Test
	void oneBadFileImportsNothingAndNamesFileLineAndColumn() throws Exception {
		Path lib = tmp.resolve("lib"); //$NON-NLS-1$
		assertEquals(0, cli("materials", "export", "--all", "--csv", lib.toString()), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Files.writeString(lib.resolve("cu-c101/density.csv"), "temperature [K],density [kg/m3]\n293.15,8940\n400,8.9e3\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(lib.resolve("ti-6al-4v/conductivity.csv"), "temperature [F],conductivity [W/(m K)]\n293.15,6.7\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("materials", "import", lib.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(err, "conductivity.csv, line 1, column 1", "unknown unit 'F'", "°C", "Fix:", "Nothing was imported"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(0, cli("materials", "show", "cu-c101"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(out, "version 1 (newest 1)"); //$NON-NLS-1$
		assertEquals(2, cli("materials", "import", tmp.resolve("missing").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(err, "missing", "does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void exportArgumentsAndTargetsAreChecked() throws Exception {
		String file = tmp.resolve("x.json").toString(); //$NON-NLS-1$
		assertEquals(2, cli("materials", "export", "--json", file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(err, "Usage: laserdamage materials export"); //$NON-NLS-1$
		assertEquals(2, cli("materials", "export", "al-6061-t6", "--json", file, "--csv", tmp.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, cli("materials", "export", "--all", "al-6061-t6", "--json", file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, cli("materials", "export", "al-6061-t6", "--jsn", file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(err, "--jsn"); //$NON-NLS-1$
		assertEquals(2, cli("materials", "export", "vibranium", "--json", file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertFalse(Files.exists(tmp.resolve("x.json")), "nothing written for invalid input"); //$NON-NLS-1$ //$NON-NLS-2$

		Path taken = Files.createDirectories(tmp.resolve("lib/al-6061-t6")); //$NON-NLS-1$
		Files.writeString(taken.resolve("mine.txt"), "keep me"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, cli("materials", "export", "--all", "--csv", tmp.resolve("lib").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertContains(err, "al-6061-t6", "not empty", "Fix:"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("keep me", Files.readString(taken.resolve("mine.txt"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void unusableDatabaseExitsWithOne() throws Exception {
		Path notAFolder = Files.writeString(tmp.resolve("file"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty(DATA, notAFolder.toString());
		assertEquals(1, cli("materials", "list")); //$NON-NLS-1$ //$NON-NLS-2$
		assertContains(err, "Error: "); //$NON-NLS-1$
	}

	@Test
	void helpDescribesTheMaterialsCommands() {
		assertEquals(0, cli("--help")); //$NON-NLS-1$
		assertContains(out, "materials show ID", "materials import FILE.json|DIR", "--csv DIR", "database failure"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(out, "materials delete ID [--studies DIR] [--force]"); //$NON-NLS-1$
		assertEquals(2, cli("materials", "remove", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertContains(err, "materials remove", "export or delete"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void deleteIsRefusedWhileAStudyUsesTheMaterialUnlessForced() throws Exception {
		Path studies = Files.createDirectories(tmp.resolve("project/plates")); //$NON-NLS-1$
		Files.writeString(studies.resolve("plate.ldsim"), STUDY_USING_AL6061); //$NON-NLS-1$
		String folder = tmp.resolve("project").toString(); //$NON-NLS-1$

		assertEquals(2, cli("materials", "delete", "al-6061-t6", "--studies", folder)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(err, "Material 'al-6061-t6' was not deleted: 1 stud", "plates/plate.ldsim", "--force"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, cli("materials", "show", "al-6061-t6"), "still there"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, cli("materials", "delete", "cu-c101", "--studies", folder), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(out, "Deleted material 'cu-c101' (1 version(s)) from "); //$NON-NLS-1$
		assertEquals(0, cli("materials", "delete", "al-6061-t6", "--studies", folder, "--force"), err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, cli("materials", "show", "al-6061-t6")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, cli("materials", "delete", "al-6061-t6", "--studies", folder)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertContains(err, "No material 'al-6061-t6'"); //$NON-NLS-1$
		assertEquals(2, cli("materials", "delete", "fused-silica", "--studies", tmp.resolve("none").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertContains(err, "is not a folder"); //$NON-NLS-1$
	}

	private static final String STUDY_USING_AL6061 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<study:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:study="http://www.laserdamage.org/study/1.0" name="Plate">
			  <laser wavelength="1.07E-6" power="1000.0">
			    <spatialProfile xsi:type="study:GaussianProfile" radius="0.001"/>
			    <temporalProfile xsi:type="study:ContinuousWave"/>
			  </laser>
			  <target radius="0.025" initialTemperature="293.15">
			    <layers name="Plate" materialId="al-6061-t6" thickness="0.002" axialCells="20"/>
			  </target>
			</study:Study>
			"""; //$NON-NLS-1$
}
