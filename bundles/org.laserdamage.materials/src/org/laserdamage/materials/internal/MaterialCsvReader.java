package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.CsvFormat.*;
import static org.laserdamage.materials.internal.JsonFormat.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.internal.CsvFile.Cell;
import org.laserdamage.materials.internal.CsvFile.Row;
import org.laserdamage.materials.internal.CsvFormat.Table;

/**
 * Reads one material from a folder of CSV files (docs/material-csv.md):
 * material.csv with the record, scalar values and every source, and one file
 * per property table that material.csv names.
 */
public final class MaterialCsvReader {

	private final Path folder;
	private final CsvFile file;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private CsvNumbers numbers;
	private String id = ""; //$NON-NLS-1$

	private MaterialCsvReader(Path folder, CsvFile file) {
		this.folder = folder;
		this.file = file;
		this.numbers = new CsvNumbers(file, id);
	}

	/** @return true when {@code folder} holds a material in CSV form */
	public static boolean isMaterialFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(MATERIAL_FILE));
	}

	/** @return the name of the file that describes a material folder */
	public static String materialFileName() {
		return MATERIAL_FILE;
	}

	public static Material read(Path folder) throws IOException, MaterialFormatException {
		return new MaterialCsvReader(folder, CsvFile.read(folder.resolve(MATERIAL_FILE))).read();
	}

	private Material read() throws IOException, MaterialFormatException {
		readRows();
		Material.Builder b = Material.builder(id);
		b.name(text(NAME)).materialClass(materialClass()).description(optionalText(DESCRIPTION)).version(version());
		List<String> referenced = new ArrayList<>();
		for (Table table : Table.values()) {
			Row row = rows.get(table.key);
			if (row == null) {
				continue;
			}
			Path tableFile = tableFile(row, table);
			referenced.add(tableFile.getFileName().toString());
			CsvTableReader reader = new CsvTableReader(CsvFile.read(tableFile), table, id);
			switch (table) {
			case DENSITY_TABLE -> b.density(reader.readTemperatureTable());
			case SPECIFIC_HEAT_TABLE -> b.specificHeat(reader.readTemperatureTable());
			case CONDUCTIVITY_TABLE -> b.conductivity(reader.readTemperatureTable());
			case THROUGH_THICKNESS_TABLE -> b.conductivityThroughThickness(reader.readTemperatureTable());
			case EMISSIVITY_TABLE -> b.emissivity(reader.readTemperatureTable());
			default -> b.absorptivity(reader.readAbsorptivityTable());
			}
			b.source(table.kind, source(row));
		}
		checkNoStrayTables(referenced);
		readScalars(b);
		try {
			return b.build();
		} catch (IllegalArgumentException e) {
			throw file.error(0, 0, id, "", e.getMessage() + ".", "see docs/material-csv.md for what each row needs."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * Melting range, boiling point and latent heats, with their units and sources,
	 * checked against each other. Melting data (solidus, liquidus,
	 * latentHeatFusion) and boiling data (boilingPoint, latentHeatVaporization)
	 * are each given whole or left out.
	 */
	private void readScalars(Material.Builder b) throws MaterialFormatException {
		double liquidus = Double.NaN;
		if (wholeGroup(MELTING_KEYS, "melting data", "a material without melting data never melts")) { //$NON-NLS-1$ //$NON-NLS-2$
			double solidus = numbers.temperature(rows.get(SOLIDUS).cell(VALUE_COLUMN), SOLIDUS, unit(SOLIDUS, Quantity.TEMPERATURE));
			Cell liquidusCell = rows.get(LIQUIDUS).cell(VALUE_COLUMN);
			liquidus = numbers.temperature(liquidusCell, LIQUIDUS, unit(LIQUIDUS, Quantity.TEMPERATURE));
			if (liquidus < solidus) {
				throw numbers.error(liquidusCell, LIQUIDUS, "the liquidus (" + liquidus + " K) lies below the solidus (" + solidus //$NON-NLS-1$ //$NON-NLS-2$
						+ " K).", "swap them, or write the same value twice for a pure substance."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			b.meltingRange(solidus, liquidus).source(PropertyKind.MELTING_RANGE, meltingRangeSource());
			b.latentHeatFusion(numbers.latentHeat(rows.get(LATENT_HEAT_FUSION).cell(VALUE_COLUMN), LATENT_HEAT_FUSION,
					unit(LATENT_HEAT_FUSION, Quantity.LATENT_HEAT))).source(PropertyKind.LATENT_HEAT_FUSION, source(rows.get(LATENT_HEAT_FUSION)));
		}
		if (wholeGroup(BOILING_KEYS, "boiling data", "a material without boiling data has no boiling point")) { //$NON-NLS-1$ //$NON-NLS-2$
			Cell boilingCell = rows.get(BOILING_POINT).cell(VALUE_COLUMN);
			double boiling = numbers.temperature(boilingCell, BOILING_POINT, unit(BOILING_POINT, Quantity.TEMPERATURE));
			if (!Double.isNaN(liquidus) && !(boiling > liquidus)) {
				throw numbers.error(boilingCell, BOILING_POINT, "the boiling point (" + boiling + " K) must lie above the liquidus (" //$NON-NLS-1$ //$NON-NLS-2$
						+ liquidus + " K).", //$NON-NLS-1$
						"check both values; for materials that decompose, use the decomposition or sublimation temperature."); //$NON-NLS-1$
			}
			b.boilingPoint(boiling).source(PropertyKind.BOILING_POINT, source(rows.get(BOILING_POINT)));
			b.latentHeatVaporization(numbers.latentHeat(rows.get(LATENT_HEAT_VAPORIZATION).cell(VALUE_COLUMN),
					LATENT_HEAT_VAPORIZATION, unit(LATENT_HEAT_VAPORIZATION, Quantity.LATENT_HEAT)))
					.source(PropertyKind.LATENT_HEAT_VAPORIZATION, source(rows.get(LATENT_HEAT_VAPORIZATION)));
		}
	}

	/**
	 * @return true when every row of an optional group is given, false when none is
	 * @throws MaterialFormatException naming the first missing row when only some are
	 */
	private boolean wholeGroup(List<String> keys, String group, String without) throws MaterialFormatException {
		List<String> present = keys.stream().filter(rows::containsKey).toList();
		if (present.isEmpty()) {
			return false;
		}
		if (present.size() == keys.size()) {
			return true;
		}
		String missing = keys.stream().filter(k -> !rows.containsKey(k)).findFirst().orElseThrow();
		Row given = rows.get(present.get(0));
		throw file.error(given.line(), 1, id, missing, "the row '" + present.get(0) + "' is given but the row '" + missing //$NON-NLS-1$ //$NON-NLS-2$
				+ "' is missing; " + group + " (" + String.join(", ", keys) + ") is given all together or not at all.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"add a row " + example(missing) + ", or remove the rows " + String.join(", ", present) + " (" + without + ")."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** Reads material.csv into {@link #rows}, checking the header, the keys and the cells each kind of row may use. */
	private void readRows() throws MaterialFormatException {
		String header = String.join(",", MATERIAL_HEADER); //$NON-NLS-1$
		if (file.rows().isEmpty()) {
			throw file.error(0, 0, "", "", "the file is empty.", "start it with the header " + header + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		Row first = file.rows().get(0);
		for (int i = 0; i < Math.max(first.width(), MATERIAL_HEADER.size()); i++) {
			Cell cell = first.cell(i + 1);
			if (i >= MATERIAL_HEADER.size() || !MATERIAL_HEADER.get(i).equals(cell.text().toLowerCase(Locale.ROOT))) {
				throw file.error(cell.line(), cell.column(), "", "", "the header of material.csv must be " + header //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ ", column " + (i + 1) + " is '" + cell.text() + "'.", "write the header row exactly as " + header + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
		}
		List<String> keys = new ArrayList<>(RECORD_KEYS);
		keys.addAll(SCALAR_KEYS);
		Stream.of(Table.values()).forEach(t -> keys.add(t.key));
		for (Row row : file.rows().subList(1, file.rows().size())) {
			Cell key = row.cell(1);
			if (!keys.contains(key.text())) {
				throw file.error(key.line(), key.column(), id, key.text(), "unknown key '" + key.text() + "'.", //$NON-NLS-1$ //$NON-NLS-2$
						"use one of " + String.join(", ", keys) + " (spelt exactly so)."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			Row previous = rows.putIfAbsent(key.text(), row);
			if (previous != null) {
				throw file.error(key.line(), key.column(), id, key.text(), "the key '" + key.text() + "' is given twice (first on line " //$NON-NLS-1$ //$NON-NLS-2$
						+ previous.line() + ").", "keep one of the two rows."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (row.width() > NOTES_COLUMN) {
				throw file.error(row.line(), NOTES_COLUMN + 1, id, key.text(), "the row has more than " + NOTES_COLUMN + " cells.", //$NON-NLS-1$ //$NON-NLS-2$
						"put text with commas in double quotes, e.g. \"Incropera, Table A.1\"."); //$NON-NLS-1$
			}
			if (key.text().equals(ID)) {
				id = row.cell(VALUE_COLUMN).text();
				if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
					throw file.error(row.line(), VALUE_COLUMN, "", ID, "the id must be non-empty and contain no spaces.", //$NON-NLS-1$ //$NON-NLS-2$
							"use lower-case words joined by '-', e.g. al-6061-t6."); //$NON-NLS-1$
				}
				numbers = new CsvNumbers(file, id);
			}
			checkColumns(row, key.text());
		}
		rows.values().removeIf(MaterialCsvReader::isBlankScalar);
		for (String required : keys) {
			boolean optional = required.equals(FORMAT_VERSION_FIELD) || required.equals(DESCRIPTION) || required.equals(VERSION)
					|| required.equals(CONDUCTIVITY_THROUGH_THICKNESS) || SCALAR_KEYS.contains(required);
			if (!optional && !rows.containsKey(required)) {
				throw file.error(first.line(), 1, id, required, "the row '" + required + "' is missing.", //$NON-NLS-1$ //$NON-NLS-2$
						"add a row " + example(required) + "."); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Row format = rows.get(FORMAT_VERSION_FIELD);
		if (format != null && !String.valueOf(CsvFormat.FORMAT_VERSION).equals(format.cell(VALUE_COLUMN).text())) {
			throw file.error(format.line(), VALUE_COLUMN, id, FORMAT_VERSION_FIELD, "format version '" //$NON-NLS-1$
					+ format.cell(VALUE_COLUMN).text() + "' is not supported; this version reads " + CsvFormat.FORMAT_VERSION + ".", //$NON-NLS-1$ //$NON-NLS-2$
					"use a newer Laser Damage Workbench, or write formatVersion,1."); //$NON-NLS-1$
		}
	}

	/** A scalar row with nothing after its key stands for a value not given, as when it is left out. */
	private static boolean isBlankScalar(Row row) {
		if (!SCALAR_KEYS.contains(row.cell(1).text())) {
			return false;
		}
		for (int c = VALUE_COLUMN; c <= NOTES_COLUMN; c++) {
			if (!row.cell(c).text().isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** Record rows take no unit or source, table rows no unit; a unit or citation there would be silently lost. */
	private void checkColumns(Row row, String key) throws MaterialFormatException {
		boolean record = RECORD_KEYS.contains(key);
		boolean table = Table.forKey(key) != null;
		if (!record && !table) {
			return;
		}
		for (int c = UNIT_COLUMN; c <= (record ? NOTES_COLUMN : UNIT_COLUMN); c++) {
			Cell cell = row.cell(c);
			if (!cell.text().isEmpty()) {
				throw file.error(cell.line(), c, id, key, "the row '" + key + "' takes no " + MATERIAL_HEADER.get(c - 1) + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						table ? "a table's units go in the header of its file, e.g. 'temperature [°C]'; leave this cell empty." //$NON-NLS-1$
								: "leave this cell empty; only property rows have units and sources."); //$NON-NLS-1$
			}
		}
	}

	private static String example(String key) {
		Table table = Table.forKey(key);
		if (table != null) {
			return key + ',' + table.fileName + ",,citation,url,notes"; //$NON-NLS-1$
		}
		return switch (key) {
		case ID -> "id,al-6061-t6"; //$NON-NLS-1$
		case NAME -> "name,Aluminium 6061-T6"; //$NON-NLS-1$
		case CLASS -> "class,METAL"; //$NON-NLS-1$
		case SOLIDUS, LIQUIDUS, BOILING_POINT -> key + ",855.15,K,citation,url,notes"; //$NON-NLS-1$
		default -> key + ",390,kJ/kg,citation,url,notes"; //$NON-NLS-1$
		};
	}

	private String text(String key) {
		return rows.get(key).cell(VALUE_COLUMN).text();
	}

	private String optionalText(String key) {
		return rows.containsKey(key) ? text(key) : ""; //$NON-NLS-1$
	}

	private MaterialClass materialClass() throws MaterialFormatException {
		Cell cell = rows.get(CLASS).cell(VALUE_COLUMN);
		for (MaterialClass c : MaterialClass.values()) {
			if (c.name().equalsIgnoreCase(cell.text())) {
				return c;
			}
		}
		throw numbers.error(cell, CLASS, "unknown material class '" + cell.text() + "'.", //$NON-NLS-1$ //$NON-NLS-2$
				"use one of " + String.join(", ", Stream.of(MaterialClass.values()).map(Enum::name).toList()) + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private int version() throws MaterialFormatException {
		Row row = rows.get(VERSION);
		if (row == null) {
			return 1;
		}
		Cell cell = row.cell(VALUE_COLUMN);
		if (!cell.text().matches("[1-9]\\d{0,8}")) { //$NON-NLS-1$
			throw numbers.error(cell, VERSION, "the version must be a whole number of 1 or more, was '" + cell.text() + "'.", //$NON-NLS-1$ //$NON-NLS-2$
					"write e.g. version,2."); //$NON-NLS-1$
		}
		return Integer.parseInt(cell.text());
	}

	private Quantity.Unit unit(String key, Quantity quantity) throws MaterialFormatException {
		Cell cell = rows.get(key).cell(UNIT_COLUMN);
		if (cell.text().isEmpty()) {
			throw numbers.error(cell, key, "the row '" + key + "' has no unit.", //$NON-NLS-1$ //$NON-NLS-2$
					"write the unit in column 3, one of " + quantity.accepted() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return numbers.unit(cell, key, quantity);
	}

	private Source source(Row row) throws MaterialFormatException {
		Cell citation = row.cell(CITATION_COLUMN);
		if (citation.text().isBlank()) {
			String key = row.cell(1).text();
			throw numbers.error(citation, key, "the property '" + key + "' has no citation; every property needs one.", //$NON-NLS-1$ //$NON-NLS-2$
					"name the handbook, paper or datasheet in column 4 (citation), e.g. \"ASM Handbook Vol. 2 (1990)\"."); //$NON-NLS-1$
		}
		return new Source(citation.text(), row.cell(URL_COLUMN).text(), row.cell(NOTES_COLUMN).text());
	}

	/** The melting range has one source, written on the solidus row; the liquidus row leaves it empty or repeats it. */
	private Source meltingRangeSource() throws MaterialFormatException {
		Source source = source(rows.get(SOLIDUS));
		Row liquidus = rows.get(LIQUIDUS);
		boolean empty = liquidus.cell(CITATION_COLUMN).text().isEmpty() && liquidus.cell(URL_COLUMN).text().isEmpty()
				&& liquidus.cell(NOTES_COLUMN).text().isEmpty();
		if (!empty && !source(liquidus).equals(source)) {
			throw numbers.error(liquidus.cell(CITATION_COLUMN), LIQUIDUS,
					"the liquidus has a source different from the solidus; the melting range has one source.", //$NON-NLS-1$
					"write the source on the solidus row and leave citation, url and notes of the liquidus row empty."); //$NON-NLS-1$
		}
		return source;
	}

	private Path tableFile(Row row, Table table) throws MaterialFormatException {
		Cell cell = row.cell(VALUE_COLUMN);
		String name = cell.text();
		if (name.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".csv") || name.contains("/") || name.contains("\\") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| name.equalsIgnoreCase(MATERIAL_FILE)) {
			throw numbers.error(cell, table.key, "'" + name + "' is not the name of a table file in this folder.", //$NON-NLS-1$ //$NON-NLS-2$
					"write the file name of the table, e.g. " + table.key + ',' + table.fileName + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path path = folder.resolve(name);
		if (!Files.isRegularFile(path)) {
			throw numbers.error(cell, table.key, "the table file " + path + " does not exist.", //$NON-NLS-1$ //$NON-NLS-2$
					"put " + name + " next to material.csv, or correct the name (it is case-sensitive)."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return path;
	}

	/** A CSV file next to material.csv that it does not name is most likely a misspelt or forgotten reference. */
	private void checkNoStrayTables(List<String> referenced) throws IOException, MaterialFormatException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.sorted().toList()) {
				String name = p.getFileName().toString();
				if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !name.equals(MATERIAL_FILE) && !referenced.contains(name)) { //$NON-NLS-1$
					throw file.error(0, 0, id, "", "the table file " + name + " in this folder is not named in material.csv.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"add a row naming it (e.g. " + example(CONDUCTIVITY_THROUGH_THICKNESS) //$NON-NLS-1$
									+ "), or move the file out of the folder."); //$NON-NLS-1$
				}
			}
		}
	}
}
