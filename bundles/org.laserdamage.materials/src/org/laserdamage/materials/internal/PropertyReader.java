package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.JsonFormat.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.internal.JsonCursor.Location;

/**
 * Reads the property objects of a material (tables, single values, melting
 * range, absorptivity, sources), checking each value where it stands so that an
 * error points at its line.
 */
final class PropertyReader {

	private static final List<String> TABLE_FIELDS = List.of(UNIT, TABLE, SOURCE);
	private static final List<String> SCALAR_FIELDS = List.of(UNIT, VALUE, SOURCE);
	private static final List<String> MELTING_FIELDS = List.of(UNIT, SOLIDUS, LIQUIDUS, SOURCE);
	private static final List<String> ABSORPTIVITY_FIELDS = List.of(UNIT, ROWS, SOURCE);
	private static final List<String> ROW_FIELDS = List.of(WAVELENGTH, TABLE);
	private static final List<String> SOURCE_FIELDS = List.of(CITATION, URL, NOTES);
	private static final String EXAMPLE_SOURCE = "\"source\": {\"citation\": \"...\", \"url\": \"...\", \"notes\": \"...\"}"; //$NON-NLS-1$

	enum Range { POSITIVE, FRACTION }

	record Sourced<T>(T value, Source source) {
	}

	private final JsonCursor in;

	PropertyReader(JsonCursor in) {
		this.in = in;
	}

	private void readUnit(String field, String unit) throws IOException, MaterialFormatException {
		Location at = in.here();
		String text = in.string(field + '.' + UNIT);
		if (!unit.equals(text)) {
			throw in.error(at, field + '.' + UNIT, "the unit '" + text + "' is not the unit of this field, which is '" + unit //$NON-NLS-1$ //$NON-NLS-2$
					+ "' (SI).", "convert the values to " + unit + " and write \"unit\": \"" + unit + "\", or leave \"unit\" out."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	Sourced<TemperatureTable> readTable(String field, String unit, Range range) throws IOException, MaterialFormatException {
		Location start = in.here();
		in.beginObject(field, "an object {\"unit\": ..., \"table\": [[T, value], ...], \"source\": {...}}", //$NON-NLS-1$
				MaterialJsonExamples.forField(field));
		Set<String> seen = new HashSet<>();
		TemperatureTable table = null;
		Source source = null;
		String name;
		while ((name = in.nextField(field, seen, TABLE_FIELDS)) != null) {
			switch (name) {
			case UNIT -> readUnit(field, unit);
			case TABLE -> table = readRows(field + '.' + TABLE, range, field);
			default -> source = readSource(field + '.' + SOURCE);
			}
		}
		require(table != null, start, field, TABLE, MaterialJsonExamples.forField(field));
		require(source != null, start, field, SOURCE, EXAMPLE_SOURCE + '.');
		return new Sourced<>(table, source);
	}

	private TemperatureTable readRows(String field, Range range, String what) throws IOException, MaterialFormatException {
		Location start = in.here();
		String fix = "write rows [temperature in K, value] in increasing temperature, e.g. [[293.15, 2700], [500, 2660]]."; //$NON-NLS-1$
		in.beginArray(field, "a list of rows [[T, value], ...]", fix); //$NON-NLS-1$
		List<double[]> rows = new ArrayList<>();
		while (in.hasNext()) {
			Location at = in.here();
			String rowField = field + '[' + (rows.size() + 1) + ']';
			in.beginArray(rowField, "a row [temperature in K, value]", fix); //$NON-NLS-1$
			double t = in.number(rowField);
			double v = in.number(rowField);
			in.endArray(rowField, "each row holds two numbers: [temperature in K, value]."); //$NON-NLS-1$
			if (!(t > 0)) {
				throw in.error(at, rowField, "the temperature " + t + " is not a positive number of kelvin.", //$NON-NLS-1$ //$NON-NLS-2$
						"temperatures are absolute, in K (20 °C is 293.15 K)."); //$NON-NLS-1$
			}
			if (!rows.isEmpty() && !(t > rows.get(rows.size() - 1)[0])) {
				throw in.error(at, rowField, "temperatures must increase: row " + (rows.size() + 1) + " (" + t //$NON-NLS-1$ //$NON-NLS-2$
						+ " K) is not above row " + rows.size() + " (" + rows.get(rows.size() - 1)[0] + " K).", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"list the rows in increasing temperature, each temperature once."); //$NON-NLS-1$
			}
			checkRange(at, rowField, what, v, range);
			rows.add(new double[] { t, v });
		}
		in.endArray(field, fix);
		if (rows.isEmpty()) {
			throw in.error(start, field, "the table has no rows.", fix); //$NON-NLS-1$
		}
		return new TemperatureTable(rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray());
	}

	private void checkRange(Location at, String field, String what, double v, Range range) throws MaterialFormatException {
		if (range == Range.POSITIVE && !(v > 0)) {
			throw in.error(at, field, "the " + what + " value " + v + " must be positive.", "check the value and its unit."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (range == Range.FRACTION && !(v >= 0 && v <= 1)) {
			throw in.error(at, field, "the " + what + " value " + v + " lies outside [0, 1].", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"write " + what + " as a fraction between 0 and 1 (35 % is 0.35)."); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	Sourced<Double> readScalar(String field, String unit) throws IOException, MaterialFormatException {
		Location start = in.here();
		in.beginObject(field, "an object {\"unit\": ..., \"value\": ..., \"source\": {...}}", MaterialJsonExamples.forField(field)); //$NON-NLS-1$
		Set<String> seen = new HashSet<>();
		Double value = null;
		Source source = null;
		String name;
		while ((name = in.nextField(field, seen, SCALAR_FIELDS)) != null) {
			switch (name) {
			case UNIT -> readUnit(field, unit);
			case VALUE -> value = readScalarValue(field + '.' + VALUE, unit);
			default -> source = readSource(field + '.' + SOURCE);
			}
		}
		require(value != null, start, field, VALUE, MaterialJsonExamples.forField(field));
		require(source != null, start, field, SOURCE, EXAMPLE_SOURCE + '.');
		return new Sourced<>(value, source);
	}

	private double readScalarValue(String field, String unit) throws IOException, MaterialFormatException {
		Location at = in.here();
		double v = in.number(field);
		if (UNIT_TEMPERATURE.equals(unit) && !(v > 0)) {
			throw in.error(at, field, "the temperature " + v + " is not a positive number of kelvin.", //$NON-NLS-1$ //$NON-NLS-2$
					"temperatures are absolute, in K (1000 °C is 1273.15 K)."); //$NON-NLS-1$
		}
		if (UNIT_LATENT_HEAT.equals(unit) && !(v == 0 || v >= 1000)) {
			throw in.error(at, field, "the latent heat " + v + " J/kg is negative or implausibly small.", //$NON-NLS-1$ //$NON-NLS-2$
					"latent heats are in J/kg: 390 kJ/kg is 3.9e5; write 0 when there is none."); //$NON-NLS-1$
		}
		return v;
	}

	Sourced<double[]> readMeltingRange() throws IOException, MaterialFormatException {
		Location start = in.here();
		in.beginObject(MELTING_RANGE, "an object {\"solidus\": ..., \"liquidus\": ..., \"source\": {...}}", //$NON-NLS-1$
				MaterialJsonExamples.forField(MELTING_RANGE));
		Set<String> seen = new HashSet<>();
		Double solidus = null;
		Double liquidus = null;
		Location liquidusAt = start;
		Source source = null;
		String name;
		while ((name = in.nextField(MELTING_RANGE, seen, MELTING_FIELDS)) != null) {
			switch (name) {
			case UNIT -> readUnit(MELTING_RANGE, UNIT_TEMPERATURE);
			case SOLIDUS -> solidus = readScalarValue(MELTING_RANGE + '.' + SOLIDUS, UNIT_TEMPERATURE);
			case LIQUIDUS -> {
				liquidusAt = in.here();
				liquidus = readScalarValue(MELTING_RANGE + '.' + LIQUIDUS, UNIT_TEMPERATURE);
			}
			default -> source = readSource(MELTING_RANGE + '.' + SOURCE);
			}
		}
		require(solidus != null, start, MELTING_RANGE, SOLIDUS, MaterialJsonExamples.forField(MELTING_RANGE));
		require(liquidus != null, start, MELTING_RANGE, LIQUIDUS, MaterialJsonExamples.forField(MELTING_RANGE));
		require(source != null, start, MELTING_RANGE, SOURCE, EXAMPLE_SOURCE + '.');
		if (liquidus < solidus) {
			throw in.error(liquidusAt, MELTING_RANGE + '.' + LIQUIDUS, "the liquidus (" + liquidus + " K) lies below the solidus (" //$NON-NLS-1$ //$NON-NLS-2$
					+ solidus + " K).", "swap them, or write the same value twice for a pure substance."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Sourced<>(new double[] { solidus, liquidus }, source);
	}

	Sourced<AbsorptivityTable> readAbsorptivity() throws IOException, MaterialFormatException {
		Location start = in.here();
		String example = MaterialJsonExamples.forField(ABSORPTIVITY);
		in.beginObject(ABSORPTIVITY, "an object {\"unit\": \"1\", \"rows\": [...], \"source\": {...}}", example); //$NON-NLS-1$
		Set<String> seen = new HashSet<>();
		AbsorptivityTable table = null;
		Source source = null;
		String name;
		while ((name = in.nextField(ABSORPTIVITY, seen, ABSORPTIVITY_FIELDS)) != null) {
			switch (name) {
			case UNIT -> readUnit(ABSORPTIVITY, UNIT_FRACTION);
			case ROWS -> table = readWavelengthRows(example);
			default -> source = readSource(ABSORPTIVITY + '.' + SOURCE);
			}
		}
		require(table != null, start, ABSORPTIVITY, ROWS, example);
		require(source != null, start, ABSORPTIVITY, SOURCE, EXAMPLE_SOURCE + '.');
		return new Sourced<>(table, source);
	}

	private AbsorptivityTable readWavelengthRows(String example) throws IOException, MaterialFormatException {
		String field = ABSORPTIVITY + '.' + ROWS;
		Location start = in.here();
		in.beginArray(field, "a list of {\"wavelength\": ..., \"table\": [...]} rows", example); //$NON-NLS-1$
		List<Double> wavelengths = new ArrayList<>();
		List<TemperatureTable> tables = new ArrayList<>();
		while (in.hasNext()) {
			Location rowStart = in.here();
			String rowField = field + '[' + (wavelengths.size() + 1) + ']';
			in.beginObject(rowField, "an object {\"wavelength\": ..., \"table\": [...]}", example); //$NON-NLS-1$
			Set<String> seen = new HashSet<>();
			Double wavelength = null;
			TemperatureTable table = null;
			String name;
			while ((name = in.nextField(rowField, seen, ROW_FIELDS)) != null) {
				if (name.equals(WAVELENGTH)) {
					wavelength = readWavelength(rowField + '.' + WAVELENGTH, wavelengths);
				} else {
					table = readRows(rowField + '.' + TABLE, Range.FRACTION, ABSORPTIVITY);
				}
			}
			require(wavelength != null, rowStart, rowField, WAVELENGTH, example);
			require(table != null, rowStart, rowField, TABLE, example);
			wavelengths.add(wavelength);
			tables.add(table);
		}
		in.endArray(field, example);
		if (wavelengths.isEmpty()) {
			throw in.error(start, field, "the absorptivity has no wavelength rows.", example); //$NON-NLS-1$
		}
		return new AbsorptivityTable(wavelengths.stream().mapToDouble(Double::doubleValue).toArray(),
				tables.toArray(TemperatureTable[]::new));
	}

	private double readWavelength(String field, List<Double> previous) throws IOException, MaterialFormatException {
		Location at = in.here();
		double w = in.number(field);
		if (!(w > 0) || w > 1e-3) {
			throw in.error(at, field, "the wavelength " + w + " is not a wavelength in metres.", //$NON-NLS-1$ //$NON-NLS-2$
					"wavelengths are in m: 1.064 µm is 1.064e-6, 10.6 µm is 1.06e-5."); //$NON-NLS-1$
		}
		if (!previous.isEmpty() && !(w > previous.get(previous.size() - 1))) {
			throw in.error(at, field, "wavelengths must increase: " + w + " m is not above " + previous.get(previous.size() - 1) //$NON-NLS-1$ //$NON-NLS-2$
					+ " m.", "list the rows in increasing wavelength, each wavelength once."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return w;
	}

	private Source readSource(String field) throws IOException, MaterialFormatException {
		Location start = in.here();
		in.beginObject(field, "an object {\"citation\": ..., \"url\": ..., \"notes\": ...}", EXAMPLE_SOURCE + '.'); //$NON-NLS-1$
		Set<String> seen = new HashSet<>();
		String citation = null;
		String url = null;
		String notes = null;
		String name;
		while ((name = in.nextField(field, seen, SOURCE_FIELDS)) != null) {
			switch (name) {
			case CITATION -> citation = in.string(field + '.' + CITATION);
			case URL -> url = in.string(field + '.' + URL);
			default -> notes = in.string(field + '.' + NOTES);
			}
		}
		if (citation == null || citation.isBlank()) {
			throw in.error(start, field + '.' + CITATION, "every property needs a citation.", //$NON-NLS-1$
					"name the handbook, paper or datasheet, e.g. \"citation\": \"ASM Handbook Vol. 2 (1990)\"."); //$NON-NLS-1$
		}
		return new Source(citation, url, notes);
	}

	private void require(boolean present, Location at, String field, String name, String fix) throws MaterialFormatException {
		if (!present) {
			throw in.error(at, field + '.' + name, "the required field '" + name + "' is missing.", fix); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
