package org.laserdamage.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laserdamage.model.edit.Quantities;
import org.laserdamage.model.units.Units;

/** Values are shown short, in SI, and read back unchanged. */
class QuantitiesTest {

	@ParameterizedTest
	@CsvSource({ "1500, W, 1500 W", "0.002, m, 0.002 m", "1.07E-6, m, 1.07E-6 m", "293.15, K, 293.15 K",
			"2.0E-4, m, 2E-4 m", "0.05, 1, 0.05", "-0.001, m, -0.001 m", "1.0E9, Hz, 1000000000 Hz" })
	void formatsAndParsesBack(double value, String unit, String shown) {
		assertEquals(shown, Quantities.format(value, unit));
		assertEquals(value, Units.parse(shown, unit), Math.abs(value) * 1e-15);
	}
}
