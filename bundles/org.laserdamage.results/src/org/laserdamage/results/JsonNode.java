package org.laserdamage.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A JSON object read from a result file, with typed getters whose errors name
 * the file and the key path, e.g. "…/summary.json: 'mesh.radialCells' must be
 * a whole number", so a hand-edited or truncated file can be fixed.
 */
final class JsonNode {

	private final JsonObject object;
	private final Path file;
	private final String path;

	private JsonNode(JsonObject object, Path file, String path) {
		this.object = object;
		this.file = file;
		this.path = path;
	}

	static JsonNode read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		JsonElement root;
		try {
			root = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			throw new IOException(file + " is not valid JSON: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (!root.isJsonObject()) {
			throw new IOException(file + " must hold a JSON object"); //$NON-NLS-1$
		}
		return new JsonNode(root.getAsJsonObject(), file, ""); //$NON-NLS-1$
	}

	/** Checks "formatVersion" so that a file from a newer workbench is refused with a clear reason. */
	void checkFormatVersion(int supported) throws IOException {
		int version = integer("formatVersion"); //$NON-NLS-1$
		if (version < 1 || version > supported) {
			throw new IOException(file + " has format version " + version + "; this workbench reads versions 1 to " //$NON-NLS-1$ //$NON-NLS-2$
					+ supported + ". Open it with a newer workbench."); //$NON-NLS-1$
		}
	}

	/** @return whether the key is present with a non-null value */
	boolean has(String key) {
		JsonElement e = object.get(key);
		return e != null && !e.isJsonNull();
	}

	JsonNode object(String key) throws IOException {
		JsonElement e = object.get(key);
		if (e == null || !e.isJsonObject()) {
			throw error(key, "must be a JSON object"); //$NON-NLS-1$
		}
		return new JsonNode(e.getAsJsonObject(), file, name(key) + "."); //$NON-NLS-1$
	}

	List<JsonNode> objects(String key) throws IOException {
		JsonArray array = array(key);
		List<JsonNode> nodes = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonElement e = array.get(i);
			String at = key + "[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			if (!e.isJsonObject()) {
				throw error(at, "must be a JSON object"); //$NON-NLS-1$
			}
			nodes.add(new JsonNode(e.getAsJsonObject(), file, name(at) + ".")); //$NON-NLS-1$
		}
		return nodes;
	}

	/** @return the entries of an object with string, number, boolean or null values; numbers as Double */
	Map<String, Object> flatObject(String key) throws IOException {
		JsonNode node = object(key);
		Map<String, Object> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> entry : node.object.entrySet()) {
			JsonElement e = entry.getValue();
			if (e.isJsonNull()) {
				map.put(entry.getKey(), null);
			} else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
				map.put(entry.getKey(), e.getAsDouble());
			} else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
				map.put(entry.getKey(), e.getAsBoolean());
			} else if (e.isJsonPrimitive()) {
				map.put(entry.getKey(), e.getAsString());
			} else {
				throw node.error(entry.getKey(), "must be a string, number, boolean or null"); //$NON-NLS-1$
			}
		}
		return map;
	}

	String string(String key) throws IOException {
		String s = nullableString(key);
		if (s == null) {
			throw error(key, "must be a string"); //$NON-NLS-1$
		}
		return s;
	}

	/** @return the string, or null when the key is missing or null */
	String nullableString(String key) throws IOException {
		JsonElement e = object.get(key);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
			throw error(key, "must be a string"); //$NON-NLS-1$
		}
		return e.getAsString();
	}

	boolean bool(String key) throws IOException {
		JsonElement e = object.get(key);
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
			throw error(key, "must be true or false"); //$NON-NLS-1$
		}
		return e.getAsBoolean();
	}

	/** @return the number; NaN when it is null (how unknown values are written) */
	double number(String key) throws IOException {
		JsonElement e = object.get(key);
		if (e == null) {
			throw error(key, "is missing"); //$NON-NLS-1$
		}
		return toNumber(e, key);
	}

	/** @return the number, or NaN when the key is missing or null */
	double optionalNumber(String key) throws IOException {
		JsonElement e = object.get(key);
		return e == null ? Double.NaN : toNumber(e, key);
	}

	long wholeNumber(String key) throws IOException {
		JsonElement e = object.get(key);
		double d = e == null || e.isJsonNull() ? Double.NaN : toNumber(e, key);
		if (!(d == Math.rint(d)) || Math.abs(d) > 9.007199254740992E15) {
			throw error(key, "must be a whole number"); //$NON-NLS-1$
		}
		return (long) d;
	}

	int integer(String key) throws IOException {
		long value = wholeNumber(key);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw error(key, "is out of range"); //$NON-NLS-1$
		}
		return (int) value;
	}

	double[] numbers(String key) throws IOException {
		JsonArray array = array(key);
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = toNumber(array.get(i), key + "[" + i + "]"); //$NON-NLS-1$ //$NON-NLS-2$
			if (Double.isNaN(values[i])) {
				throw error(key + "[" + i + "]", "must be a number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return values;
	}

	int[] integers(String key) throws IOException {
		double[] values = numbers(key);
		int[] ints = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
				throw error(key + "[" + i + "]", "must be a whole number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			ints[i] = (int) values[i];
		}
		return ints;
	}

	List<String> strings(String key) throws IOException {
		JsonArray array = array(key);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonElement e = array.get(i);
			if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
				throw error(key + "[" + i + "]", "must be a string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			values.add(e.getAsString());
		}
		return values;
	}

	IOException error(String key, String problem) {
		return new IOException(file + ": '" + name(key) + "' " + problem); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private JsonArray array(String key) throws IOException {
		JsonElement e = object.get(key);
		if (e == null || !e.isJsonArray()) {
			throw error(key, "must be a JSON array"); //$NON-NLS-1$
		}
		return e.getAsJsonArray();
	}

	private double toNumber(JsonElement e, String key) throws IOException {
		if (e.isJsonNull()) {
			return Double.NaN;
		}
		if (e.isJsonPrimitive()) {
			JsonPrimitive p = e.getAsJsonPrimitive();
			if (p.isNumber()) {
				return p.getAsDouble();
			}
		}
		throw error(key, "must be a number or null"); //$NON-NLS-1$
	}

	private String name(String key) {
		return path + key;
	}
}
