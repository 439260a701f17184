package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.MaterialSources.SourceDescriptor;
import org.laserdamage.materials.sources.testplugin.CompanyXMaterials;
import org.laserdamage.materials.store.MaterialStores;

/** A plug-in's material source (the test plug-in's "Company X") appears next to the material database. */
class MaterialSourcesTest {

	@TempDir
	Path tempDir;

	private final List<IStatus> problems = new ArrayList<>();

	@Test
	void theTestPluginContributesASource() {
		SourceDescriptor source = MaterialSources.sources().stream()
				.filter(s -> s.id().equals("org.laserdamage.materials.sources.testplugin.companyx")).findFirst().orElseThrow();
		assertEquals("Company X materials", source.name());
		assertEquals("org.laserdamage.materials.sources.testplugin", source.contributor());
	}

	@Test
	void allMaterialsAreTheDatabaseAndTheContributedSources() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(tempDir)) {
			IMaterialLibrary all = MaterialSources.all(store, problems::add);

			assertEquals(1, problems.size(), "the broken source of the test plug-in");
			assertEquals(IStatus.ERROR, problems.get(0).getSeverity());
			assertTrue(problems.get(0).getMessage().startsWith("The material source 'Broken source' from plug-in"
					+ " org.laserdamage.materials.sources.testplugin cannot be loaded"), problems.get(0).getMessage());
			assertEquals("Company X CX7 armour steel", all.find(CompanyXMaterials.MATERIAL_ID).orElseThrow().name());
			assertEquals(store.materials().size() + 1, all.materials().size());
			assertTrue(all.materials().containsAll(store.materials()));
			assertEquals(store.find("aisi-304"), all.find("aisi-304"));
		}
	}

	@Test
	void onEqualVersionsTheDatabaseWinsAndAnEditBecomesTheNewestVersion() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(tempDir)) {
			Material contributed = new CompanyXMaterials().find(CompanyXMaterials.MATERIAL_ID).orElseThrow();
			Material local = store.save(TestMaterials.awkward(CompanyXMaterials.MATERIAL_ID, "CX7 as we measured it", 40));
			IMaterialLibrary all = MaterialSources.all(store, problems::add);
			assertEquals(local, all.find(CompanyXMaterials.MATERIAL_ID).orElseThrow());

			Material edited = store.save(TestMaterials.awkward(CompanyXMaterials.MATERIAL_ID, "CX7 edited", 41));
			assertEquals(2, edited.version());
			assertEquals(edited, all.find(CompanyXMaterials.MATERIAL_ID).orElseThrow());
			assertEquals(1, contributed.version());
		}
	}
}
