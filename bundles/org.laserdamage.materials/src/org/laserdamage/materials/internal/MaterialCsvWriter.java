package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.CsvFormat.*;
import static org.laserdamage.materials.internal.JsonFormat.*;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.internal.CsvFormat.Table;

/**
 * Writes one material as a folder of CSV files (docs/material-csv.md), in SI
 * units, with numbers written as {@link MaterialJsonWriter} writes them so that
 * they read back exactly.
 */
public final class MaterialCsvWriter {

	private MaterialCsvWriter() {
	}

	/** Writes material.csv and the table files into {@code folder}, which must exist; existing files are replaced. */
	public static void write(Material m, Path folder) throws IOException {
		StringBuilder b = new StringBuilder();
		materialRow(b, MATERIAL_HEADER.toArray(String[]::new));
		materialRow(b, FORMAT_VERSION_FIELD, String.valueOf(CsvFormat.FORMAT_VERSION));
		materialRow(b, ID, m.id());
		materialRow(b, NAME, m.name());
		materialRow(b, CLASS, m.materialClass().name());
		if (!m.description().isEmpty()) {
			materialRow(b, DESCRIPTION, m.description());
		}
		materialRow(b, VERSION, String.valueOf(m.version()));
		tableRow(b, m, Table.DENSITY_TABLE);
		tableRow(b, m, Table.SPECIFIC_HEAT_TABLE);
		tableRow(b, m, Table.CONDUCTIVITY_TABLE);
		if (m.conductivityThroughThickness().isPresent()) {
			tableRow(b, m, Table.THROUGH_THICKNESS_TABLE);
		}
		if (m.melting().isPresent()) {
			Melting melting = m.melting().get();
			scalarRow(b, SOLIDUS, melting.solidus(), Quantity.TEMPERATURE, m.source(PropertyKind.MELTING_RANGE));
			materialRow(b, LIQUIDUS, MaterialJsonWriter.number(melting.liquidus()), Quantity.TEMPERATURE.siUnit());
			scalarRow(b, LATENT_HEAT_FUSION, melting.latentHeat(), Quantity.LATENT_HEAT, m.source(PropertyKind.LATENT_HEAT_FUSION));
		}
		if (m.boiling().isPresent()) {
			Boiling boiling = m.boiling().get();
			scalarRow(b, BOILING_POINT, boiling.temperature(), Quantity.TEMPERATURE, m.source(PropertyKind.BOILING_POINT));
			scalarRow(b, LATENT_HEAT_VAPORIZATION, boiling.latentHeat(), Quantity.LATENT_HEAT,
					m.source(PropertyKind.LATENT_HEAT_VAPORIZATION));
		}
		tableRow(b, m, Table.EMISSIVITY_TABLE);
		tableRow(b, m, Table.ABSORPTIVITY_TABLE);
		writeFile(folder.resolve(MATERIAL_FILE), b);

		temperatureTable(folder, Table.DENSITY_TABLE, m.density());
		temperatureTable(folder, Table.SPECIFIC_HEAT_TABLE, m.specificHeat());
		temperatureTable(folder, Table.CONDUCTIVITY_TABLE, m.conductivity());
		if (m.conductivityThroughThickness().isPresent()) {
			temperatureTable(folder, Table.THROUGH_THICKNESS_TABLE, m.conductivityThroughThickness().get());
		}
		temperatureTable(folder, Table.EMISSIVITY_TABLE, m.emissivity());
		absorptivityTable(folder, m.absorptivity());
	}

	private static void tableRow(StringBuilder b, Material m, Table table) {
		Source s = m.source(table.kind);
		materialRow(b, table.key, table.fileName, "", s.citation(), s.url(), s.notes()); //$NON-NLS-1$
	}

	private static void scalarRow(StringBuilder b, String key, double value, Quantity quantity, Source s) {
		materialRow(b, key, MaterialJsonWriter.number(value), quantity.siUnit(), s.citation(), s.url(), s.notes());
	}

	private static void temperatureTable(Path folder, Table table, TemperatureTable values) throws IOException {
		StringBuilder b = new StringBuilder();
		row(b, CsvFormat.header(TEMPERATURE, Quantity.TEMPERATURE), table.header());
		for (int i = 0; i < values.size(); i++) {
			row(b, MaterialJsonWriter.number(values.temperature(i)), MaterialJsonWriter.number(values.value(i)));
		}
		writeFile(folder.resolve(table.fileName), b);
	}

	private static void absorptivityTable(Path folder, AbsorptivityTable values) throws IOException {
		StringBuilder b = new StringBuilder();
		row(b, CsvFormat.header(WAVELENGTH_COLUMN, Quantity.WAVELENGTH), CsvFormat.header(TEMPERATURE, Quantity.TEMPERATURE),
				Table.ABSORPTIVITY_TABLE.header());
		for (int i = 0; i < values.size(); i++) {
			String wavelength = MaterialJsonWriter.number(values.wavelength(i));
			TemperatureTable points = values.row(i);
			for (int j = 0; j < points.size(); j++) {
				row(b, wavelength, MaterialJsonWriter.number(points.temperature(j)), MaterialJsonWriter.number(points.value(j)));
			}
		}
		writeFile(folder.resolve(Table.ABSORPTIVITY_TABLE.fileName), b);
	}

	/** Writes a row of material.csv, padded to its six columns so that spreadsheets show a regular grid. */
	private static void materialRow(StringBuilder b, String... cells) {
		String[] padded = new String[MATERIAL_HEADER.size()];
		for (int i = 0; i < padded.length; i++) {
			padded[i] = i < cells.length ? cells[i] : ""; //$NON-NLS-1$
		}
		row(b, padded);
	}

	private static void row(StringBuilder b, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			b.append(i == 0 ? "" : ",").append(quote(cells[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.append('\n');
	}

	/** Quotes a cell when a reader would otherwise split or trim it. */
	static String quote(String cell) {
		boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
				&& cell.equals(cell.strip());
		if (plain) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void writeFile(Path file, CharSequence text) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.append(text);
		}
	}
}
