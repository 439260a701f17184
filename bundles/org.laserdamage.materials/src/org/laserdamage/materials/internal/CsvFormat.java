package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.JsonFormat.*;

import java.util.List;

import org.laserdamage.materials.PropertyKind;

/**
 * Names of the material CSV format, shared by reader and writer. The format is
 * documented in docs/material-csv.md; keep the two in step. Keys of
 * material.csv are the field names of the JSON format.
 */
final class CsvFormat {

	static final String MATERIAL_FILE = "material.csv"; //$NON-NLS-1$
	static final int FORMAT_VERSION = 1;

	static final String KEY = "key"; //$NON-NLS-1$
	static final List<String> MATERIAL_HEADER = List.of(KEY, VALUE, UNIT, CITATION, URL, NOTES);
	static final int VALUE_COLUMN = 2;
	static final int UNIT_COLUMN = 3;
	static final int CITATION_COLUMN = 4;
	static final int URL_COLUMN = 5;
	static final int NOTES_COLUMN = 6;

	static final String TEMPERATURE = "temperature"; //$NON-NLS-1$
	static final String ABSORPTIVITY_COLUMN = "absorptivity"; //$NON-NLS-1$
	static final String WAVELENGTH_COLUMN = "wavelength"; //$NON-NLS-1$

	/** Rows of material.csv that hold a scalar value with a unit. */
	static final List<String> SCALAR_KEYS = List.of(SOLIDUS, LIQUIDUS, LATENT_HEAT_FUSION, BOILING_POINT, LATENT_HEAT_VAPORIZATION);
	/** The rows of the optional melting data, given all or none. */
	static final List<String> MELTING_KEYS = List.of(SOLIDUS, LIQUIDUS, LATENT_HEAT_FUSION);
	/** The rows of the optional boiling data, given all or none. */
	static final List<String> BOILING_KEYS = List.of(BOILING_POINT, LATENT_HEAT_VAPORIZATION);
	/** Rows of material.csv that describe the record and take no unit or source. */
	static final List<String> RECORD_KEYS = List.of(FORMAT_VERSION_FIELD, ID, NAME, CLASS, DESCRIPTION, VERSION);

	/** Whether a value column must be positive or a fraction in [0, 1]. */
	enum Range { POSITIVE, FRACTION }

	/** A property stored as a table file, referenced from material.csv by its key. */
	enum Table {
		DENSITY_TABLE(DENSITY, "density.csv", "density", Quantity.DENSITY, Range.POSITIVE, PropertyKind.DENSITY), //$NON-NLS-1$ //$NON-NLS-2$
		SPECIFIC_HEAT_TABLE(SPECIFIC_HEAT, "specific-heat.csv", "specific heat", Quantity.SPECIFIC_HEAT, Range.POSITIVE, //$NON-NLS-1$ //$NON-NLS-2$
				PropertyKind.SPECIFIC_HEAT),
		CONDUCTIVITY_TABLE(CONDUCTIVITY, "conductivity.csv", "conductivity", Quantity.CONDUCTIVITY, Range.POSITIVE, //$NON-NLS-1$ //$NON-NLS-2$
				PropertyKind.CONDUCTIVITY),
		THROUGH_THICKNESS_TABLE(CONDUCTIVITY_THROUGH_THICKNESS, "conductivity-through-thickness.csv", //$NON-NLS-1$
				"through-thickness conductivity", Quantity.CONDUCTIVITY, Range.POSITIVE, //$NON-NLS-1$
				PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS),
		EMISSIVITY_TABLE(EMISSIVITY, "emissivity.csv", "emissivity", Quantity.FRACTION, Range.FRACTION, PropertyKind.EMISSIVITY), //$NON-NLS-1$ //$NON-NLS-2$
		ABSORPTIVITY_TABLE(ABSORPTIVITY, "absorptivity.csv", ABSORPTIVITY_COLUMN, Quantity.FRACTION, Range.FRACTION, //$NON-NLS-1$
				PropertyKind.ABSORPTIVITY);

		final String key;
		final String fileName;
		final String column;
		final Quantity quantity;
		final Range range;
		final PropertyKind kind;

		Table(String key, String fileName, String column, Quantity quantity, Range range, PropertyKind kind) {
			this.key = key;
			this.fileName = fileName;
			this.column = column;
			this.quantity = quantity;
			this.range = range;
			this.kind = kind;
		}

		static Table forKey(String key) {
			for (Table t : values()) {
				if (t.key.equals(key)) {
					return t;
				}
			}
			return null;
		}

		/** @return the header cell the writer uses, e.g. {@code conductivity [W/(m K)]} */
		String header() {
			return CsvFormat.header(column, quantity);
		}

		/** @return true when {@code name} (a header without its unit) names this table's value column */
		boolean accepts(String name) {
			String n = simplify(name);
			return n.equals(simplify(column)) || n.equals(simplify(key))
					|| this == THROUGH_THICKNESS_TABLE && n.equals(simplify(CONDUCTIVITY));
		}
	}

	static String header(String column, Quantity quantity) {
		return column + " [" + quantity.siUnit() + ']'; //$NON-NLS-1$
	}

	/** "Specific heat", "specific_heat" and "specificHeat" name the same column. */
	static String simplify(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private CsvFormat() {
	}
}
