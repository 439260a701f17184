package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.CsvFormat.TEMPERATURE;
import static org.laserdamage.materials.internal.CsvFormat.WAVELENGTH_COLUMN;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.internal.CsvFile.Cell;
import org.laserdamage.materials.internal.CsvFile.Row;
import org.laserdamage.materials.internal.CsvFormat.Range;
import org.laserdamage.materials.internal.CsvFormat.Table;
import org.laserdamage.materials.internal.Quantity.Unit;

/**
 * Reads one property table file: a header {@code name [unit]} per column, then
 * one row per point. Temperature tables have the columns temperature and value;
 * the absorptivity file is in long form (wavelength, temperature, absorptivity),
 * grouped by wavelength.
 */
final class CsvTableReader {

	private static final Pattern HEADER = Pattern.compile("([^\\[\\]]*?)\\s*(?:\\[([^\\[\\]]*)\\])?"); //$NON-NLS-1$

	private final CsvFile file;
	private final Table table;
	private final CsvNumbers numbers;

	CsvTableReader(CsvFile file, Table table, String materialId) {
		this.file = file;
		this.table = table;
		this.numbers = new CsvNumbers(file, materialId);
	}

	TemperatureTable readTemperatureTable() throws MaterialFormatException {
		Unit[] units = header(TEMPERATURE, table.column);
		List<double[]> points = new ArrayList<>();
		Cell previous = null;
		for (Row row : data(2)) {
			Cell tCell = row.cell(1);
			double t = numbers.temperature(tCell, TEMPERATURE, units[0]);
			double v = value(row.cell(2), units[1]);
			if (!points.isEmpty() && !(t > points.get(points.size() - 1)[0])) {
				throw notIncreasing(tCell, t, previous, points.get(points.size() - 1)[0]);
			}
			points.add(new double[] { t, v });
			previous = tCell;
		}
		return new TemperatureTable(points.stream().mapToDouble(p -> p[0]).toArray(),
				points.stream().mapToDouble(p -> p[1]).toArray());
	}

	AbsorptivityTable readAbsorptivityTable() throws MaterialFormatException {
		Unit[] units = header(WAVELENGTH_COLUMN, TEMPERATURE, table.column);
		List<Double> wavelengths = new ArrayList<>();
		List<TemperatureTable> rows = new ArrayList<>();
		List<double[]> points = new ArrayList<>();
		Cell previousT = null;
		Cell groupStart = null;
		for (Row row : data(3)) {
			Cell wCell = row.cell(1);
			Cell tCell = row.cell(2);
			double w = numbers.wavelength(wCell, WAVELENGTH_COLUMN, units[0]);
			double t = numbers.temperature(tCell, TEMPERATURE, units[1]);
			double a = value(row.cell(3), units[2]);
			double current = wavelengths.isEmpty() ? Double.NaN : wavelengths.get(wavelengths.size() - 1);
			if (wavelengths.isEmpty() || w != current) {
				if (!wavelengths.isEmpty() && !(w > current)) {
					throw numbers.error(wCell, WAVELENGTH_COLUMN, "the wavelength " + wCell.text() + " (" + w //$NON-NLS-1$ //$NON-NLS-2$
							+ " m) comes after the rows for " + current + " m (from line " + groupStart.line() + ").", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"group the rows by wavelength, in increasing wavelength, and each group in increasing temperature."); //$NON-NLS-1$
				}
				if (!points.isEmpty()) {
					rows.add(toTable(points));
					points.clear();
				}
				wavelengths.add(w);
				groupStart = wCell;
			} else if (!(t > points.get(points.size() - 1)[0])) {
				throw notIncreasing(tCell, t, previousT, points.get(points.size() - 1)[0]);
			}
			points.add(new double[] { t, a });
			previousT = tCell;
		}
		rows.add(toTable(points));
		return new AbsorptivityTable(wavelengths.stream().mapToDouble(Double::doubleValue).toArray(),
				rows.toArray(TemperatureTable[]::new));
	}

	private static TemperatureTable toTable(List<double[]> points) {
		return new TemperatureTable(points.stream().mapToDouble(p -> p[0]).toArray(),
				points.stream().mapToDouble(p -> p[1]).toArray());
	}

	private MaterialFormatException notIncreasing(Cell at, double t, Cell previous, double previousT) {
		return numbers.error(at, TEMPERATURE, "temperatures must increase: " + at.text() + " (" + t //$NON-NLS-1$ //$NON-NLS-2$
				+ " K) is not above " + previous.text() + " (" + previousT + " K) on line " + previous.line() + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"list the rows in increasing temperature, each temperature once."); //$NON-NLS-1$
	}

	private double value(Cell cell, Unit unit) throws MaterialFormatException {
		double v = numbers.number(cell, table.column, unit);
		if (table.range == Range.POSITIVE && !(v > 0)) {
			throw numbers.error(cell, table.column, "the " + table.column + " " + cell.text() + " must be positive.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"check the value and the unit in the header."); //$NON-NLS-1$
		}
		if (table.range == Range.FRACTION && !(v >= 0 && v <= 1)) {
			throw numbers.error(cell, table.column, "the " + table.column + " " + cell.text() + " lies outside [0, 1].", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"write it as a fraction between 0 and 1 (35 % is 0.35), or write '" + table.column //$NON-NLS-1$
							+ " [%]' in the header and percentages below."); //$NON-NLS-1$
		}
		return v;
	}

	/** @return the data rows, after checking that none is wider than the header */
	private List<Row> data(int width) throws MaterialFormatException {
		List<Row> rows = file.rows().subList(1, file.rows().size());
		if (rows.isEmpty()) {
			throw file.error(file.rows().get(0).line() + 1, 1, "", "", "the table has a header but no rows.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"add at least one row below the header; a single row is a constant."); //$NON-NLS-1$
		}
		for (Row row : rows) {
			if (row.width() > width) {
				throw numbers.error(row.cell(width + 1), "", "the row has " + row.width() + " values, the header has " + width //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " columns.", "remove the extra values; a decimal comma splits a number in two, write '.' instead."); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return rows;
	}

	/** Checks the header names and returns the unit of each column. */
	private Unit[] header(String... columns) throws MaterialFormatException {
		Quantity[] quantities = new Quantity[columns.length];
		for (int i = 0; i < columns.length; i++) {
			quantities[i] = switch (columns[i]) {
			case TEMPERATURE -> Quantity.TEMPERATURE;
			case WAVELENGTH_COLUMN -> Quantity.WAVELENGTH;
			default -> table.quantity;
			};
		}
		String expected = expectedHeader(columns, quantities);
		if (file.rows().isEmpty()) {
			throw file.error(0, 0, "", "", "the file is empty.", "start it with the header " + expected + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		Row header = file.rows().get(0);
		if (header.width() > columns.length) {
			throw numbers.error(header.cell(columns.length + 1), "", "the header has more than " + columns.length + " columns.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"the header of " + table.fileName + " is " + expected + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Unit[] units = new Unit[columns.length];
		for (int i = 0; i < columns.length; i++) {
			Cell cell = header.cell(i + 1);
			String example = CsvFormat.header(columns[i], quantities[i]);
			if (cell.text().isEmpty()) {
				throw numbers.error(cell, columns[i], "the header has no column " + (i + 1) + " (" + columns[i] + ").", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"the header of " + table.fileName + " is " + expected + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			Matcher m = HEADER.matcher(cell.text());
			String name = m.matches() ? m.group(1) : cell.text();
			boolean known = m.matches() && (i < columns.length - 1 ? CsvFormat.simplify(name).equals(columns[i])
					: table.accepts(name));
			if (!known) {
				throw numbers.error(cell, columns[i], "column " + (i + 1) + " is '" + cell.text() + "', expected the " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ columns[i] + " with its unit in brackets.", //$NON-NLS-1$
						"the header of " + table.fileName + " is " + expected + " (other units are accepted, see docs/material-csv.md)."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String unit = m.group(2);
			if (unit == null && quantities[i] != Quantity.FRACTION) {
				throw numbers.error(cell, columns[i], "the column '" + cell.text() + "' has no unit.", //$NON-NLS-1$ //$NON-NLS-2$
						"write the unit in brackets, e.g. '" + example + "'; accepted: " + quantities[i].accepted() + '.'); //$NON-NLS-1$ //$NON-NLS-2$
			}
			units[i] = numbers.unit(cell, unit == null ? "" : unit.strip(), columns[i], quantities[i]); //$NON-NLS-1$
		}
		return units;
	}

	private static String expectedHeader(String[] columns, Quantity[] quantities) {
		StringBuilder b = new StringBuilder("'"); //$NON-NLS-1$
		for (int i = 0; i < columns.length; i++) {
			b.append(i == 0 ? "" : ",").append(CsvFormat.header(columns[i], quantities[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.append('\'').toString();
	}
}
