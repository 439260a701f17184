package org.laserdamage.materials.ui.internal.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/**
 * The editor's working copy of a material: every value as the text the user
 * sees, in display units, so that what was typed survives until it is valid.
 * Table rows are {@code String[]}: {T, value} for the tables against
 * temperature, {λ, T, A} for absorptivity.
 */
final class MaterialDraft {

	/** Units of the absorptivity columns: wavelength, temperature, absorptivity. */
	static final DisplayUnit[] ABSORPTIVITY_UNITS = { DisplayUnit.MICROMETRE, DisplayUnit.KELVIN, DisplayUnit.FRACTION };

	final String id;
	/** The stored version this draft is an edit of; a save makes the new version the base. */
	int version;
	String name;
	MaterialClass materialClass;
	String description;
	final Map<ScalarField, String> scalars = new EnumMap<>(ScalarField.class);
	/** The tables the material has (through-thickness conductivity only when present). */
	final Map<TableKind, List<String[]>> tables = new EnumMap<>(TableKind.class);
	final List<String[]> absorptivity = new ArrayList<>();
	final Map<PropertyKind, SourceDraft> sources = new EnumMap<>(PropertyKind.class);

	private MaterialDraft(Material material) {
		id = material.id();
		version = material.version();
		name = material.name();
		materialClass = material.materialClass();
		description = material.description();
		for (ScalarField field : ScalarField.values()) {
			scalars.put(field, field.read(material).map(field.unit::format).orElse("")); //$NON-NLS-1$
		}
		for (TableKind kind : TableKind.values()) {
			kind.read(material).ifPresent(table -> tables.put(kind, rows(table, kind.unit)));
		}
		AbsorptivityTable a = material.absorptivity();
		for (int i = 0; i < a.size(); i++) {
			TemperatureTable row = a.row(i);
			for (int j = 0; j < row.size(); j++) {
				absorptivity.add(new String[] { ABSORPTIVITY_UNITS[0].format(a.wavelength(i)),
						ABSORPTIVITY_UNITS[1].format(row.temperature(j)), ABSORPTIVITY_UNITS[2].format(row.value(j)) });
			}
		}
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS || tables.containsKey(TableKind.CONDUCTIVITY_THROUGH_THICKNESS)) {
				sources.put(kind, new SourceDraft(material.source(kind)));
			}
		}
	}

	/**
	 * @return whether the draft gives {@code kind}: a melting or boiling property
	 *         when any field of its group is filled in, the through-thickness table
	 *         when present, every other property always
	 */
	boolean gives(PropertyKind kind) {
		if (kind == PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
			return tables.containsKey(TableKind.CONDUCTIVITY_THROUGH_THICKNESS);
		}
		List<ScalarField> group = ScalarField.group(kind);
		return group.isEmpty() || group.stream().anyMatch(field -> !scalars.get(field).isBlank());
	}

	static MaterialDraft of(Material material) {
		return new MaterialDraft(material);
	}

	private static List<String[]> rows(TemperatureTable table, DisplayUnit unit) {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			rows.add(new String[] { DisplayUnit.KELVIN.format(table.temperature(i)), unit.format(table.value(i)) });
		}
		return rows;
	}

	/**
	 * @return the material this draft describes, with the version it was opened with
	 * @throws IllegalArgumentException (or NumberFormatException) when the draft is not
	 *                                  valid; {@link DraftValidator} says why first
	 */
	Material toMaterial() {
		Material.Builder builder = Material.builder(id).name(name.trim()).materialClass(materialClass)
				.description(description).version(version)
				.meltingRange(scalar(ScalarField.SOLIDUS), scalar(ScalarField.LIQUIDUS))
				.latentHeatFusion(scalar(ScalarField.LATENT_HEAT_FUSION)).boilingPoint(scalar(ScalarField.BOILING_POINT))
				.latentHeatVaporization(scalar(ScalarField.LATENT_HEAT_VAPORIZATION));
		tables.forEach((kind, rows) -> kind.write(builder, temperatureTable(rows, kind.unit)));
		builder.absorptivity(absorptivityTable());
		sources.forEach((kind, source) -> {
			if (gives(kind)) {
				builder.source(kind, source.toSource());
			}
		});
		return builder.build();
	}

	/** @return the value in SI units, NaN for an empty field (its group not given) */
	private double scalar(ScalarField field) {
		String text = scalars.get(field);
		return text.isBlank() ? Double.NaN : field.unit.parse(text);
	}

	private static TemperatureTable temperatureTable(List<String[]> rows, DisplayUnit unit) {
		double[] t = new double[rows.size()];
		double[] v = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			t[i] = DisplayUnit.KELVIN.parse(rows.get(i)[0]);
			v[i] = unit.parse(rows.get(i)[1]);
		}
		return new TemperatureTable(t, v);
	}

	/** Consecutive rows of one wavelength make that wavelength's row of the table. */
	private AbsorptivityTable absorptivityTable() {
		List<Double> wavelengths = new ArrayList<>();
		List<TemperatureTable> byWavelength = new ArrayList<>();
		int start = 0;
		while (start < absorptivity.size()) {
			double wavelength = ABSORPTIVITY_UNITS[0].parse(absorptivity.get(start)[0]);
			int end = start;
			List<String[]> group = new ArrayList<>();
			while (end < absorptivity.size() && ABSORPTIVITY_UNITS[0].parse(absorptivity.get(end)[0]) == wavelength) {
				String[] row = absorptivity.get(end);
				group.add(new String[] { row[1], row[2] });
				end++;
			}
			wavelengths.add(wavelength);
			byWavelength.add(temperatureTable(group, ABSORPTIVITY_UNITS[2]));
			start = end;
		}
		return new AbsorptivityTable(wavelengths.stream().mapToDouble(Double::doubleValue).toArray(),
				byWavelength.toArray(TemperatureTable[]::new));
	}
}
