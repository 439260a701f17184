package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.JsonFormat.*;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

import com.google.gson.stream.JsonWriter;

/**
 * Writes the material JSON format. Tables are written one [T, value] row per
 * line so that a person can review a diff of the data; numbers are written
 * with as many digits as {@link Double#toString(double)} needs to read back
 * exactly.
 */
public final class MaterialJsonWriter {

	private static final String INDENT = "  "; //$NON-NLS-1$
	/** Nesting depth of a property's members: root object, materials list, material object, property object. */
	private static final int PROPERTY_DEPTH = 4;

	private final JsonWriter out;

	private MaterialJsonWriter(Writer writer) {
		out = new JsonWriter(writer);
		out.setIndent(INDENT);
	}

	public static void write(List<Material> materials, Writer writer) throws IOException {
		MaterialJsonWriter w = new MaterialJsonWriter(writer);
		w.out.beginObject();
		w.out.name(FORMAT).value(FORMAT_ID);
		w.out.name(FORMAT_VERSION_FIELD).value(FORMAT_VERSION);
		w.out.name(MATERIALS).beginArray();
		for (Material m : materials) {
			w.material(m);
		}
		w.out.endArray();
		w.out.endObject();
		w.out.flush();
		writer.write('\n');
		writer.flush();
	}

	private void material(Material m) throws IOException {
		out.beginObject();
		out.name(ID).value(m.id());
		out.name(NAME).value(m.name());
		out.name(CLASS).value(m.materialClass().name());
		if (!m.description().isEmpty()) {
			out.name(DESCRIPTION).value(m.description());
		}
		out.name(VERSION).value(m.version());
		table(DENSITY, UNIT_DENSITY, m.density(), m.source(PropertyKind.DENSITY));
		table(SPECIFIC_HEAT, UNIT_SPECIFIC_HEAT, m.specificHeat(), m.source(PropertyKind.SPECIFIC_HEAT));
		table(CONDUCTIVITY, UNIT_CONDUCTIVITY, m.conductivity(), m.source(PropertyKind.CONDUCTIVITY));
		if (m.conductivityThroughThickness().isPresent()) {
			table(CONDUCTIVITY_THROUGH_THICKNESS, UNIT_CONDUCTIVITY, m.conductivityThroughThickness().get(),
					m.source(PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS));
		}
		if (m.melting().isPresent()) {
			Melting melting = m.melting().get();
			out.name(MELTING_RANGE).beginObject();
			out.name(UNIT).value(UNIT_TEMPERATURE);
			out.name(SOLIDUS).jsonValue(number(melting.solidus()));
			out.name(LIQUIDUS).jsonValue(number(melting.liquidus()));
			source(m.source(PropertyKind.MELTING_RANGE));
			out.endObject();
			scalar(LATENT_HEAT_FUSION, UNIT_LATENT_HEAT, melting.latentHeat(), m.source(PropertyKind.LATENT_HEAT_FUSION));
		}
		if (m.boiling().isPresent()) {
			Boiling boiling = m.boiling().get();
			scalar(BOILING_POINT, UNIT_TEMPERATURE, boiling.temperature(), m.source(PropertyKind.BOILING_POINT));
			scalar(LATENT_HEAT_VAPORIZATION, UNIT_LATENT_HEAT, boiling.latentHeat(), m.source(PropertyKind.LATENT_HEAT_VAPORIZATION));
		}
		table(EMISSIVITY, UNIT_FRACTION, m.emissivity(), m.source(PropertyKind.EMISSIVITY));
		absorptivity(m.absorptivity(), m.source(PropertyKind.ABSORPTIVITY));
		out.endObject();
	}

	private void table(String name, String unit, TemperatureTable table, Source source) throws IOException {
		out.name(name).beginObject();
		out.name(UNIT).value(unit);
		out.name(TABLE).jsonValue(rows(table, PROPERTY_DEPTH));
		source(source);
		out.endObject();
	}

	private void scalar(String name, String unit, double value, Source source) throws IOException {
		out.name(name).beginObject();
		out.name(UNIT).value(unit);
		out.name(VALUE).jsonValue(number(value));
		source(source);
		out.endObject();
	}

	private void absorptivity(AbsorptivityTable table, Source source) throws IOException {
		out.name(ABSORPTIVITY).beginObject();
		out.name(UNIT).value(UNIT_FRACTION);
		out.name(ROWS).beginArray();
		for (int i = 0; i < table.size(); i++) {
			out.beginObject();
			out.name(WAVELENGTH).jsonValue(number(table.wavelength(i)));
			out.name(TABLE).jsonValue(rows(table.row(i), PROPERTY_DEPTH + 2));
			out.endObject();
		}
		out.endArray();
		source(source);
		out.endObject();
	}

	private void source(Source source) throws IOException {
		out.name(SOURCE).beginObject();
		out.name(CITATION).value(source.citation());
		if (!source.url().isEmpty()) {
			out.name(URL).value(source.url());
		}
		if (!source.notes().isEmpty()) {
			out.name(NOTES).value(source.notes());
		}
		out.endObject();
	}

	/** Renders a table as a JSON list with one row per line, indented for a value at {@code depth}. */
	private static String rows(TemperatureTable table, int depth) {
		String inner = INDENT.repeat(depth + 1);
		StringBuilder b = new StringBuilder("["); //$NON-NLS-1$
		for (int i = 0; i < table.size(); i++) {
			b.append(i == 0 ? "\n" : ",\n").append(inner); //$NON-NLS-1$ //$NON-NLS-2$
			b.append('[').append(number(table.temperature(i))).append(", ").append(number(table.value(i))).append(']'); //$NON-NLS-1$
		}
		return b.append('\n').append(INDENT.repeat(depth)).append(']').toString();
	}

	/** Shortest text that reads back to the same double; integers below 1e6 without ".0". */
	static String number(double v) {
		boolean negativeZero = v == 0 && 1 / v < 0;
		if (v == Math.rint(v) && Math.abs(v) < 1e6 && !negativeZero) {
			return Long.toString((long) v);
		}
		return Double.toString(v).replace('E', 'e');
	}
}
