package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;

/**
 * The built-in data must agree with the room-temperature table of
 * shared/PHYSICS.md (copper and 1018 steel, which it does not list, against
 * their datasheets).
 */
class RoomTemperatureValuesTest {

	private static final double ROOM = 293.15;
	private static final double SLACK = 1e-3;

	private static Material material(String id) {
		return BuiltInMaterials.load().find(id).orElseThrow(() -> new AssertionError("no built-in material " + id));
	}

	private static void assertWithin(double min, double max, double actual, String what) {
		assertTrue(actual >= min * (1 - SLACK) && actual <= max * (1 + SLACK), what + " = " + actual + " not in [" + min + ", " + max + "]");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// id,           rho min, rho max, cp min, cp max, k min, k max
			"al-6061-t6,     2700, 2700,  896,  896,  167,  167",
			"al-2024-t3,     2780, 2780,  875,  875,  120,  120",
			"aisi-304,       8000, 8000,  500,  500,  16.2, 16.2",
			"ti-6al-4v,      4430, 4430,  526,  560,  6.6,  7.2",
			"carbon-epoxy,   1550, 1600,  850,  1100, 3,    7",
			"fused-silica,   2203, 2203,  703,  703,  1.38, 1.38",
			"cu-c101,        8900, 8960,  380,  390,  385,  401",
			"steel-1018,     7850, 7880,  430,  490,  49,   54" })
	void densitySpecificHeatAndConductivityMatchAtRoomTemperature(String id, double rhoMin, double rhoMax, double cpMin, double cpMax,
			double kMin, double kMax) {
		Material m = material(id);
		assertWithin(rhoMin, rhoMax, m.density().valueAt(ROOM), id + " density");
		assertWithin(cpMin, cpMax, m.specificHeat().valueAt(ROOM), id + " specific heat");
		assertWithin(kMin, kMax, m.conductivity().valueAt(ROOM), id + " conductivity");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// id,          solidus K, liquidus K, L_f J/kg
			"al-6061-t6,    855.15,  925.15,  3.9e5",
			"al-2024-t3,    775.15,  911.15,  3.9e5",
			"aisi-304,      1673.15, 1728.15, 2.47e5",
			"ti-6al-4v,     1877.15, 1933.15, 2.95e5",
			"carbon-epoxy,  573.15,  773.15,  -1" })
	void meltingRangeAndLatentHeatMatch(String id, double solidus, double liquidus, double latentHeat) {
		Material m = material(id);
		assertEquals(solidus, m.melting().orElseThrow().solidus(), 0.01, id);
		assertEquals(liquidus, m.melting().orElseThrow().liquidus(), 0.01, id);
		if (latentHeat > 0) {
			assertEquals(latentHeat, m.melting().orElseThrow().latentHeat(), latentHeat * 0.01, id);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// id,          boiling K, L_v J/kg, tolerance
			"al-6061-t6,    2740, 1.08e7, 0.02",
			"aisi-304,      3134, 6.1e6,  0.02",
			"ti-6al-4v,     3560, 8.9e6,  0.02",
			"carbon-epoxy,  3900, 5.97e7, 0.02" })
	void boilingAndVaporizationMatch(String id, double boiling, double latentHeat, double tolerance) {
		Material m = material(id);
		assertEquals(boiling, m.boiling().orElseThrow().temperature(), boiling * tolerance, id);
		assertEquals(latentHeat, m.boiling().orElseThrow().latentHeat(), latentHeat * tolerance, id);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// id,          A(1.064 um) min, max, A(10.6 um) min, max
			"al-6061-t6,    0.043, 0.05,  0.012, 0.012",
			"al-2024-t3,    0.043, 0.05,  0.012, 0.012",
			"aisi-304,      0.35,  0.35,  0.031, 0.031",
			"ti-6al-4v,     0.45,  0.45,  0.038, 0.038",
			"carbon-epoxy,  0.85,  0.95,  0.85,  0.95",
			"fused-silica,  0,     0.01,  0.86,  0.88" })
	void absorptivityMatchesAtRoomTemperature(String id, double nearMin, double nearMax, double farMin, double farMax) {
		Material m = material(id);
		assertWithin(nearMin, nearMax, m.absorptivity().valueAt(1.064e-6, ROOM), id + " A(1.064 um)");
		assertWithin(farMin, farMax, m.absorptivity().valueAt(1.06e-5, ROOM), id + " A(10.6 um)");
	}

	@Test
	void stainlessConductivityAt500CelsiusMatches() {
		assertEquals(21.5, material("aisi-304").conductivity().valueAt(773.15), 1e-9);
	}

	@Test
	void compositeThroughThicknessConductivityMatches() {
		assertWithin(0.5, 0.8, material("carbon-epoxy").axialConductivity().valueAt(ROOM), "carbon-epoxy through-thickness conductivity");
	}
}
