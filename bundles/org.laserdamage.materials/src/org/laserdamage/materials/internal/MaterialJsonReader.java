package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.JsonFormat.*;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.internal.JsonCursor.Location;
import org.laserdamage.materials.internal.PropertyReader.Range;
import org.laserdamage.materials.internal.PropertyReader.Sourced;

import com.google.gson.stream.MalformedJsonException;

/**
 * Reads the material JSON format (data/README.md). Checks every value where it
 * stands so that an error points at its line; {@link Material} checks the
 * record as a whole afterwards.
 */
public final class MaterialJsonReader {

	private static final List<String> DOCUMENT_FIELDS = List.of(FORMAT, FORMAT_VERSION_FIELD, MATERIALS);
	private static final List<String> MATERIAL_FIELDS = List.of(ID, NAME, CLASS, DESCRIPTION, VERSION, DENSITY,
			SPECIFIC_HEAT, CONDUCTIVITY, CONDUCTIVITY_THROUGH_THICKNESS, MELTING_RANGE, LATENT_HEAT_FUSION, BOILING_POINT,
			LATENT_HEAT_VAPORIZATION, EMISSIVITY, ABSORPTIVITY);
	/** Fields a material may leave out; the phase-change ones may also be null. */
	private static final List<String> OPTIONAL_FIELDS = List.of(DESCRIPTION, VERSION, CONDUCTIVITY_THROUGH_THICKNESS,
			MELTING_RANGE, LATENT_HEAT_FUSION, BOILING_POINT, LATENT_HEAT_VAPORIZATION);
	private static final List<String> NULLABLE_FIELDS = OPTIONAL_FIELDS.subList(3, OPTIONAL_FIELDS.size());

	private final JsonCursor in;
	private final PropertyReader properties;

	private MaterialJsonReader(Reader reader, String sourceName) {
		in = new JsonCursor(reader, sourceName);
		properties = new PropertyReader(in);
	}

	/** Reads every material of a file in the order written. */
	public static List<Material> read(Reader reader, String sourceName) throws IOException, MaterialFormatException {
		MaterialJsonReader r = new MaterialJsonReader(reader, sourceName);
		try {
			return r.readDocument();
		} catch (MalformedJsonException | EOFException e) {
			throw r.in.syntax(e);
		}
	}

	private List<Material> readDocument() throws IOException, MaterialFormatException {
		Location start = in.here();
		in.beginObject("", "the top-level object {\"format\": ..., \"formatVersion\": 1, \"materials\": [...]}", //$NON-NLS-1$ //$NON-NLS-2$
				"start the file with '{'; see data/README.md."); //$NON-NLS-1$
		Set<String> seen = new HashSet<>();
		List<Material> materials = null;
		String name;
		while ((name = in.nextField("", seen, DOCUMENT_FIELDS)) != null) { //$NON-NLS-1$
			Location at = in.here();
			switch (name) {
			case FORMAT -> {
				if (!FORMAT_ID.equals(in.string(FORMAT))) {
					throw in.error(at, FORMAT, "this is not a material file of this format.", //$NON-NLS-1$
							"write \"format\": \"" + FORMAT_ID + "\"."); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			case FORMAT_VERSION_FIELD -> {
				double v = in.number(FORMAT_VERSION_FIELD);
				if (v != FORMAT_VERSION) {
					throw in.error(at, FORMAT_VERSION_FIELD, "format version " + v + " is not supported; this version reads " //$NON-NLS-1$ //$NON-NLS-2$
							+ FORMAT_VERSION + ".", "use a newer Laser Damage Workbench, or write \"formatVersion\": 1."); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			default -> materials = readMaterials();
			}
		}
		in.endDocument();
		for (String required : DOCUMENT_FIELDS) {
			if (!seen.contains(required)) {
				throw in.error(start, required, "the top-level object has no '" + required + "'.", //$NON-NLS-1$ //$NON-NLS-2$
						"start the file with {\"format\": \"" + FORMAT_ID + "\", \"formatVersion\": 1, \"materials\": [...]}."); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return materials;
	}

	private List<Material> readMaterials() throws IOException, MaterialFormatException {
		in.beginArray(MATERIALS, "a list of materials [{...}, {...}]", "write \"materials\": [ {...}, {...} ]."); //$NON-NLS-1$ //$NON-NLS-2$
		List<Material> materials = new ArrayList<>();
		Map<String, Location> versions = new HashMap<>();
		while (in.hasNext()) {
			Location at = in.here();
			Material m = readMaterial(materials.size() + 1);
			Location previous = versions.putIfAbsent(m.id() + " v" + m.version(), at); //$NON-NLS-1$
			if (previous != null) {
				throw in.error(at, ID, "a material with this id and version " + m.version() + " is already defined at line " //$NON-NLS-1$ //$NON-NLS-2$
						+ previous.line() + ".", "give the newer record a higher \"version\", or remove one of the two."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			materials.add(m);
		}
		in.endArray(MATERIALS, ""); //$NON-NLS-1$
		in.setMaterialId(""); //$NON-NLS-1$
		return materials;
	}

	private Material readMaterial(int index) throws IOException, MaterialFormatException {
		Location start = in.here();
		in.setMaterialId(""); //$NON-NLS-1$
		String prefix = "materials[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		in.beginObject(prefix, "a material object {\"id\": ..., ...}", "wrap each material in '{' and '}'."); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> seen = new HashSet<>();
		Map<String, Location> at = new HashMap<>();
		Material.Builder b = Material.builder("?"); //$NON-NLS-1$
		String name;
		String id = null;
		Sourced<double[]> melting = null;
		Sourced<Double> boiling = null;
		while ((name = in.nextField(id == null ? prefix : "", seen, MATERIAL_FIELDS)) != null) { //$NON-NLS-1$
			Location here = in.here();
			if (NULLABLE_FIELDS.contains(name) && in.skipNull()) {
				continue;
			}
			at.put(name, here);
			switch (name) {
			case ID -> {
				id = in.string(ID).strip();
				if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
					throw in.error(here, ID, "the id must be non-empty and contain no spaces.", //$NON-NLS-1$
							"use lower-case words joined by '-', e.g. \"al-6061-t6\"."); //$NON-NLS-1$
				}
				in.setMaterialId(id);
				b.id(id);
			}
			case NAME -> b.name(in.string(NAME));
			case CLASS -> b.materialClass(readClass());
			case DESCRIPTION -> b.description(in.string(DESCRIPTION));
			case VERSION -> b.version(readVersion(here));
			case DENSITY -> source(b, PropertyKind.DENSITY, b::density,
					properties.readTable(DENSITY, UNIT_DENSITY, Range.POSITIVE));
			case SPECIFIC_HEAT -> source(b, PropertyKind.SPECIFIC_HEAT, b::specificHeat,
					properties.readTable(SPECIFIC_HEAT, UNIT_SPECIFIC_HEAT, Range.POSITIVE));
			case CONDUCTIVITY -> source(b, PropertyKind.CONDUCTIVITY, b::conductivity,
					properties.readTable(CONDUCTIVITY, UNIT_CONDUCTIVITY, Range.POSITIVE));
			case CONDUCTIVITY_THROUGH_THICKNESS -> source(b, PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, b::conductivityThroughThickness,
					properties.readTable(CONDUCTIVITY_THROUGH_THICKNESS, UNIT_CONDUCTIVITY, Range.POSITIVE));
			case MELTING_RANGE -> {
				melting = properties.readMeltingRange();
				b.meltingRange(melting.value()[0], melting.value()[1]).source(PropertyKind.MELTING_RANGE, melting.source());
			}
			case LATENT_HEAT_FUSION -> source(b, PropertyKind.LATENT_HEAT_FUSION, b::latentHeatFusion,
					properties.readScalar(LATENT_HEAT_FUSION, UNIT_LATENT_HEAT));
			case BOILING_POINT -> {
				boiling = properties.readScalar(BOILING_POINT, UNIT_TEMPERATURE);
				source(b, PropertyKind.BOILING_POINT, b::boilingPoint, boiling);
			}
			case LATENT_HEAT_VAPORIZATION -> source(b, PropertyKind.LATENT_HEAT_VAPORIZATION, b::latentHeatVaporization,
					properties.readScalar(LATENT_HEAT_VAPORIZATION, UNIT_LATENT_HEAT));
			case EMISSIVITY -> source(b, PropertyKind.EMISSIVITY, b::emissivity,
					properties.readTable(EMISSIVITY, UNIT_FRACTION, Range.FRACTION));
			default -> source(b, PropertyKind.ABSORPTIVITY, b::absorptivity, properties.readAbsorptivity());
			}
		}
		for (String required : MATERIAL_FIELDS) {
			if (!seen.contains(required) && !OPTIONAL_FIELDS.contains(required)) {
				throw in.error(start, id == null ? prefix + '.' + required : required, "the required field '" + required //$NON-NLS-1$
						+ "' is missing.", MaterialJsonExamples.forField(required)); //$NON-NLS-1$
			}
		}
		wholeGroup(at, MELTING_RANGE, LATENT_HEAT_FUSION, "melting data", "a material without melting data never melts"); //$NON-NLS-1$ //$NON-NLS-2$
		wholeGroup(at, BOILING_POINT, LATENT_HEAT_VAPORIZATION, "boiling data", "a material without boiling data has no boiling point"); //$NON-NLS-1$ //$NON-NLS-2$
		if (boiling != null && melting != null && !(boiling.value() > melting.value()[1])) {
			throw in.error(at.get(BOILING_POINT), BOILING_POINT, "the boiling point (" + boiling.value() //$NON-NLS-1$
					+ " K) must lie above the liquidus (" + melting.value()[1] + " K).", //$NON-NLS-1$ //$NON-NLS-2$
					"check both values; for materials that decompose, use the decomposition or sublimation temperature."); //$NON-NLS-1$
		}
		try {
			return b.build();
		} catch (IllegalArgumentException e) {
			throw in.error(start, "", e.getMessage() + ".", "see data/README.md for what each field needs."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** Both fields of an optional group, or neither; the message names the one that is missing. */
	private void wholeGroup(Map<String, Location> given, String first, String second, String group, String without)
			throws MaterialFormatException {
		if (given.containsKey(first) == given.containsKey(second)) {
			return;
		}
		String present = given.containsKey(first) ? first : second;
		String missing = present.equals(first) ? second : first;
		throw in.error(given.get(present), missing, "'" + present + "' is given but '" + missing + "' is missing; " + group //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " ('" + first + "' and '" + second + "') is given together or not at all.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				MaterialJsonExamples.forField(missing) + " Or remove '" + present + "' (" + without + ")."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private interface Setter<T> {
		void set(T value);
	}

	private static <T> void source(Material.Builder b, PropertyKind kind, Setter<T> setter, Sourced<T> property) {
		setter.set(property.value());
		b.source(kind, property.source());
	}

	private MaterialClass readClass() throws IOException, MaterialFormatException {
		Location at = in.here();
		String text = in.string(CLASS);
		for (MaterialClass c : MaterialClass.values()) {
			if (c.name().equals(text)) {
				return c;
			}
		}
		throw in.error(at, CLASS, "unknown material class '" + text + "'.", //$NON-NLS-1$ //$NON-NLS-2$
				"use one of " + Arrays.toString(MaterialClass.values()) + " (upper case)."); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private int readVersion(Location at) throws IOException, MaterialFormatException {
		double v = in.number(VERSION);
		if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
			throw in.error(at, VERSION, "the version must be a whole number of 1 or more, was " + v + ".", //$NON-NLS-1$ //$NON-NLS-2$
					"write e.g. \"version\": 2."); //$NON-NLS-1$
		}
		return (int) v;
	}

}
