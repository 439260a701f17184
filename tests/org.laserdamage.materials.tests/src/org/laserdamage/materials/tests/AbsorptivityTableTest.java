package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.TemperatureTable;

class AbsorptivityTableTest {

	private static final double NEAR_IR = 1e-6;
	private static final double FAR_IR = 1e-5;

	/** A = 0.1 → 0.3 over 300-700 K at 1 µm; A = 0.02 constant at 10 µm. */
	private final AbsorptivityTable table = new AbsorptivityTable(new double[] { NEAR_IR, FAR_IR },
			new TemperatureTable[] { TestMaterials.table(300, 0.1, 700, 0.3), TestMaterials.table(300, 0.02) });

	@Test
	void interpolatesInTemperatureAtATabulatedWavelength() {
		assertEquals(0.1, table.valueAt(NEAR_IR, 300), 1e-12);
		assertEquals(0.2, table.valueAt(NEAR_IR, 500), 1e-12);
		assertEquals(0.02, table.valueAt(FAR_IR, 500), 1e-12);
	}

	@Test
	void interpolatesBilinearlyBetweenWavelengths() {
		double middle = 5.5e-6;
		assertEquals(0.5 * 0.2 + 0.5 * 0.02, table.valueAt(middle, 500), 1e-12);
		double quarter = NEAR_IR + 0.25 * (FAR_IR - NEAR_IR);
		assertEquals(0.75 * 0.3 + 0.25 * 0.02, table.valueAt(quarter, 900), 1e-12);
	}

	@Test
	void clampsInWavelengthAndTemperature() {
		assertEquals(0.1, table.valueAt(5e-7, 100), 1e-12);
		assertEquals(0.3, table.valueAt(5e-7, 2000), 1e-12);
		assertEquals(0.02, table.valueAt(1e-4, 2000), 1e-12);
		assertTrue(Double.isNaN(table.valueAt(Double.NaN, 300)));
	}

	@Test
	void coversExactlyTheTabulatedRange() {
		assertTrue(table.covers(NEAR_IR));
		assertTrue(table.covers(FAR_IR));
		assertTrue(table.covers(1.064e-6));
		assertFalse(table.covers(5.32e-7));
		assertFalse(table.covers(1.1e-5));
		assertFalse(table.covers(Double.NaN));
	}

	@Test
	void rowAtAWavelengthUsesEveryTabulatedTemperature() {
		TemperatureTable row = table.atWavelength(5.5e-6);
		assertArrayEquals(new double[] { 300, 700 }, row.temperatures());
		assertEquals(0.5 * 0.1 + 0.5 * 0.02, row.valueAt(300), 1e-12);
		assertEquals(0.5 * 0.3 + 0.5 * 0.02, row.valueAt(700), 1e-12);
	}

	@Test
	void rejectsAbsorptivityOutsideZeroToOne() {
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { NEAR_IR },
				new TemperatureTable[] { TestMaterials.table(300, 1.2) }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { NEAR_IR },
				new TemperatureTable[] { TestMaterials.table(300, -0.1) }));
	}

	@Test
	void rejectsBadWavelengths() {
		TemperatureTable a = TestMaterials.table(300, 0.1);
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { FAR_IR, NEAR_IR }, new TemperatureTable[] { a, a }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { NEAR_IR, NEAR_IR }, new TemperatureTable[] { a, a }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { 0 }, new TemperatureTable[] { a }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { Double.POSITIVE_INFINITY }, new TemperatureTable[] { a }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { NEAR_IR }, new TemperatureTable[] { a, a }));
		assertThrows(IllegalArgumentException.class, () -> new AbsorptivityTable(new double[] { NEAR_IR }, new TemperatureTable[] { null }));
	}
}
