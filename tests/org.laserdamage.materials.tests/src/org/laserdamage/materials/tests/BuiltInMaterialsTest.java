package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

class BuiltInMaterialsTest {

	static final List<String> IDS = List.of("al-6061-t6", "al-2024-t3", "aisi-304", "ti-6al-4v", "carbon-epoxy",
			"fused-silica", "cu-c101", "steel-1018");

	static Stream<Material> materials() {
		return BuiltInMaterials.load().materials().stream();
	}

	@Test
	void loadsEveryExpectedMaterialOnce() {
		BuiltInMaterials library = BuiltInMaterials.load();
		assertSame(library, BuiltInMaterials.load());
		assertFalse(library.name().isBlank());
		for (String id : IDS) {
			assertTrue(library.find(id).isPresent(), id);
			assertEquals(id, library.find(id).get().id());
		}
		assertEquals(library.records().size(), library.materials().size(), "one version of each material");
		assertTrue(library.find("unobtainium").isEmpty());
	}

	@Test
	void listsMaterialsSortedByName() {
		List<Material> listed = BuiltInMaterials.load().materials();
		List<Material> sorted = new ArrayList<>(listed);
		sorted.sort(MaterialLibraries.BY_NAME);
		assertEquals(sorted, listed);
	}

	@ParameterizedTest
	@MethodSource("materials")
	void everyPropertyHasACitationAndNotes(Material m) {
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind == PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS && m.conductivityThroughThickness().isEmpty()) {
				continue;
			}
			Source s = m.source(kind);
			assertNotNull(s, m.id() + " " + kind);
			assertFalse(s.citation().isBlank(), m.id() + " " + kind);
			assertFalse(s.notes().isBlank(), m.id() + " " + kind + " needs notes saying how the value was obtained");
		}
		assertFalse(m.description().isBlank(), m.id());
	}

	@ParameterizedTest
	@MethodSource("materials")
	void tablesStartAtOrBelowRoomTemperature(Material m) {
		for (TemperatureTable t : List.of(m.density(), m.specificHeat(), m.conductivity(), m.axialConductivity(), m.emissivity())) {
			assertTrue(t.temperature(0) <= 293.15, m.id() + " " + t);
		}
		for (int i = 0; i < m.absorptivity().size(); i++) {
			assertTrue(m.absorptivity().row(i).temperature(0) <= 293.15, m.id());
		}
	}

	@ParameterizedTest
	@MethodSource("materials")
	void phaseChangeTemperaturesAreOrdered(Material m) {
		Melting melting = m.melting().orElseThrow();
		Boiling boiling = m.boiling().orElseThrow();
		assertTrue(melting.solidus() > 293.15, m.id());
		assertTrue(melting.solidus() <= melting.liquidus(), m.id());
		assertTrue(boiling.temperature() > melting.liquidus(), m.id());
		assertTrue(boiling.latentHeat() > 1e6, m.id());
	}

	@ParameterizedTest
	@MethodSource("materials")
	void absorptivityCoversTheCommonLaserLines(Material m) {
		for (double wavelength : new double[] { 5.32e-7, 1.064e-6, 1.07e-6, 1.06e-5 }) {
			assertTrue(m.absorptivity().covers(wavelength), m.id() + " at " + wavelength);
		}
	}

	@ParameterizedTest
	@MethodSource("materials")
	void metalAbsorptivityDoesNotFallWithTemperature(Material m) {
		if (m.materialClass() != MaterialClass.METAL) {
			return;
		}
		for (int i = 0; i < m.absorptivity().size(); i++) {
			TemperatureTable row = m.absorptivity().row(i);
			for (int j = 1; j < row.size(); j++) {
				assertTrue(row.value(j) >= row.value(j - 1), m.id() + " at " + m.absorptivity().wavelength(i));
			}
		}
		double cold = m.absorptivity().valueAt(1.06e-5, 293.15);
		double hot = m.absorptivity().valueAt(1.06e-5, m.melting().orElseThrow().solidus());
		assertTrue(hot >= cold, m.id());
	}

	@Test
	void freeElectronMetalsAbsorbMoreWhenHot() {
		for (String id : List.of("al-6061-t6", "al-2024-t3", "cu-c101", "aisi-304", "steel-1018")) {
			Material m = BuiltInMaterials.load().find(id).orElseThrow();
			assertTrue(m.absorptivity().valueAt(1.06e-5, m.melting().orElseThrow().solidus()) > m.absorptivity().valueAt(1.06e-5, 293.15), id);
		}
	}

	@Test
	void onlyTheCompositeIsAnisotropic() {
		materials().forEach(m -> assertEquals(m.id().equals("carbon-epoxy"), m.conductivityThroughThickness().isPresent(), m.id()));
		Material cfrp = BuiltInMaterials.load().find("carbon-epoxy").orElseThrow();
		for (double t : new double[] { 293.15, 400, 573.15, 1000 }) {
			assertTrue(cfrp.axialConductivity().valueAt(t) < cfrp.conductivity().valueAt(t) / 3);
		}
		assertEquals(MaterialClass.COMPOSITE, cfrp.materialClass());
	}

	@Test
	void fusedSilicaIsNearlyTransparentInTheNearInfrared() {
		Material silica = BuiltInMaterials.load().find("fused-silica").orElseThrow();
		assertEquals(MaterialClass.GLASS, silica.materialClass());
		assertTrue(silica.absorptivity().valueAt(1.064e-6, 293.15) < 0.01);
		assertTrue(silica.absorptivity().valueAt(5.32e-7, 293.15) < 0.01);
		assertTrue(silica.source(PropertyKind.ABSORPTIVITY).notes().contains("TRANSPARENT"));
		assertEquals(0, silica.melting().orElseThrow().latentHeat());
	}
}
