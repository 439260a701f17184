package org.laserdamage.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.TemperatureTable;

class TemperatureTableTest {

	private final TemperatureTable table = TestMaterials.table(300, 10, 400, 20, 600, 60);

	@Test
	void returnsTabulatedValuesAtTheirTemperatures() {
		assertEquals(10, table.valueAt(300));
		assertEquals(20, table.valueAt(400));
		assertEquals(60, table.valueAt(600));
	}

	@Test
	void interpolatesLinearlyBetweenPoints() {
		assertEquals(15, table.valueAt(350), 1e-12);
		assertEquals(30, table.valueAt(450), 1e-12);
		assertEquals(50, table.valueAt(550), 1e-12);
	}

	@Test
	void clampsOutsideTheTable() {
		assertEquals(10, table.valueAt(1));
		assertEquals(60, table.valueAt(5000));
		assertEquals(60, table.valueAt(Double.POSITIVE_INFINITY));
	}

	@Test
	void nanTemperatureGivesNan() {
		assertTrue(Double.isNaN(table.valueAt(Double.NaN)));
	}

	@Test
	void constantTableIsConstantEverywhere() {
		TemperatureTable c = TemperatureTable.constant(2203);
		assertEquals(1, c.size());
		assertEquals(2203, c.valueAt(10));
		assertEquals(2203, c.valueAt(3000));
	}

	@Test
	void rejectsTemperaturesThatDoNotIncrease() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestMaterials.table(300, 1, 300, 2));
		assertTrue(e.getMessage().contains("row 2"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> TestMaterials.table(300, 1, 200, 2));
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> new TemperatureTable(new double[0], new double[0]));
		assertThrows(IllegalArgumentException.class, () -> new TemperatureTable(new double[] { 300 }, new double[] { 1, 2 }));
		assertThrows(IllegalArgumentException.class, () -> TestMaterials.table(-5, 1));
		assertThrows(IllegalArgumentException.class, () -> TestMaterials.table(300, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> TestMaterials.table(Double.POSITIVE_INFINITY, 1));
	}

	@Test
	void isImmutableAndComparesByValue() {
		double[] t = { 300, 400 };
		double[] v = { 1, 2 };
		TemperatureTable a = new TemperatureTable(t, v);
		t[0] = 100;
		v[0] = 99;
		assertEquals(1, a.valueAt(300));
		a.values()[1] = 42;
		assertEquals(2, a.valueAt(400));
		assertEquals(TestMaterials.table(300, 1, 400, 2), a);
		assertEquals(TestMaterials.table(300, 1, 400, 2).hashCode(), a.hashCode());
		assertNotEquals(TestMaterials.table(300, 1, 400, 3), a);
	}
}
