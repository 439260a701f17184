package org.laserdamage.materials.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.internal.CsvFile.Cell;
import org.laserdamage.materials.internal.Quantity.Unit;

/** Reads numbers and units from CSV cells, converting to SI, with errors that point at the cell. */
final class CsvNumbers {

	/** Plain decimal numbers only: no NaN, Infinity, hex, digit grouping or decimal comma. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"); //$NON-NLS-1$

	private final CsvFile file;
	private final String materialId;

	CsvNumbers(CsvFile file, String materialId) {
		this.file = file;
		this.materialId = materialId;
	}

	MaterialFormatException error(Cell at, String field, String problem, String fix) {
		return file.error(at.line(), at.column(), materialId, field, problem, fix);
	}

	/** @return the unit written in {@code cell} for {@code quantity} */
	Unit unit(Cell cell, String field, Quantity quantity) throws MaterialFormatException {
		return unit(cell, cell.text(), field, quantity);
	}

	Unit unit(Cell cell, String text, String field, Quantity quantity) throws MaterialFormatException {
		return quantity.unit(text).orElseThrow(() -> error(cell, field,
				"unknown unit '" + text + "' for " + quantity.name().toLowerCase().replace('_', ' ') + '.', //$NON-NLS-1$ //$NON-NLS-2$
				"use one of " + quantity.accepted() + '.')); //$NON-NLS-1$
	}

	/** @return the number in {@code cell}, converted from {@code unit} to SI */
	double number(Cell cell, String field, Unit unit) throws MaterialFormatException {
		String text = cell.text();
		if (text.isEmpty()) {
			throw error(cell, field, "the cell is empty.", "write a number."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!NUMBER.matcher(text).matches()) {
			throw error(cell, field, "'" + text + "' is not a number.", //$NON-NLS-1$ //$NON-NLS-2$
					"write a plain number with '.' as the decimal point, e.g. 293.15 or 3.9e5, without units or thousands separators" //$NON-NLS-1$
							+ " (the unit goes in the header)."); //$NON-NLS-1$
		}
		double value;
		try {
			value = unit.isSi() ? Double.parseDouble(text)
					: new BigDecimal(text).multiply(unit.factor()).add(unit.offset()).doubleValue();
		} catch (NumberFormatException e) {
			value = Double.NaN;
		}
		if (!Double.isFinite(value)) {
			throw error(cell, field, "the number " + text + " is too large.", "check the exponent."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return value;
	}

	/** @return a temperature in K, checked to be above absolute zero */
	double temperature(Cell cell, String field, Unit unit) throws MaterialFormatException {
		double t = number(cell, field, unit);
		if (!(t > 0)) {
			throw error(cell, field, "the temperature " + cell.text() + " is at or below absolute zero (" + t + " K).", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"check the value and the temperature unit in the header (K or °C)."); //$NON-NLS-1$
		}
		return t;
	}

	/** @return a wavelength in m, checked to be plausible so that a µm/m slip is caught */
	double wavelength(Cell cell, String field, Unit unit) throws MaterialFormatException {
		double w = number(cell, field, unit);
		if (!(w > 0) || w > 1e-3) {
			throw error(cell, field, "the wavelength " + cell.text() + " (" + w + " m) is not a laser wavelength.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"check the unit in the header: 1.064 µm is 'wavelength [um]' with 1.064, or 'wavelength [m]' with 1.064e-6."); //$NON-NLS-1$
		}
		return w;
	}

	/** @return a latent heat in J/kg, checked like the JSON format checks it */
	double latentHeat(Cell cell, String field, Unit unit) throws MaterialFormatException {
		double v = number(cell, field, unit);
		if (!(v == 0 || v >= 1000)) {
			throw error(cell, field, "the latent heat " + v + " J/kg is negative or implausibly small.", //$NON-NLS-1$ //$NON-NLS-2$
					"check the unit: 390 kJ/kg is 390 with unit kJ/kg, or 3.9e5 with J/kg; write 0 when there is none."); //$NON-NLS-1$
		}
		return v;
	}
}
