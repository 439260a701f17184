package org.laserdamage.materials.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.laserdamage.materials.MaterialFormatException;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Typed reads from a {@link JsonReader} that fail with a
 * {@link MaterialFormatException} naming the line, the material and the field.
 * Gson exposes the position only in {@link JsonReader#toString()} and in its
 * exception messages ("... at line L column C path P"), so it is parsed from
 * there; when that text ever changes, messages lose the line but keep the rest.
 */
final class JsonCursor {

	/** A 1-based position in the file; 0 when unknown. */
	record Location(int line, int column) {
	}

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]"); //$NON-NLS-1$
	private static final Pattern POSITION = Pattern.compile(" at line (\\d+) column (\\d+)(?: path (\\S+))?"); //$NON-NLS-1$

	private static final String GSON_LENIENT_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON"; //$NON-NLS-1$

	private final JsonReader in;
	private final String sourceName;
	private String materialId = ""; //$NON-NLS-1$

	JsonCursor(Reader reader, String sourceName) {
		this.in = new JsonReader(reader);
		this.sourceName = sourceName;
	}

	void setMaterialId(String id) {
		materialId = id;
	}

	/** @return the position of the next token */
	Location here() throws IOException {
		in.peek();
		return parse(in.toString());
	}

	private static Location parse(String text) {
		Matcher m = POSITION.matcher(text == null ? "" : text); //$NON-NLS-1$
		return m.find() ? new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : new Location(0, 0);
	}

	MaterialFormatException error(Location at, String field, String problem, String fix) {
		return new MaterialFormatException(sourceName, at.line(), at.column(), materialId, field, problem, fix);
	}

	/** Turns Gson's syntax errors into a message that names the line and says what to check. */
	MaterialFormatException syntax(IOException e) {
		String text = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
		int newline = text.indexOf('\n');
		String firstLine = newline < 0 ? text : text.substring(0, newline);
		Matcher m = POSITION.matcher(firstLine);
		Location at = new Location(0, 0);
		String path = ""; //$NON-NLS-1$
		String what = firstLine;
		if (m.find()) {
			at = new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			path = m.group(3) == null ? "" : countFromOne(m.group(3)); //$NON-NLS-1$
			what = firstLine.substring(0, m.start());
		}
		if (e instanceof EOFException) {
			return error(at, path, "the file ends in the middle of the JSON.", //$NON-NLS-1$
					"close every '{' with '}' and every '[' with ']'."); //$NON-NLS-1$
		}
		if (what.contains("NaN and infinities")) { //$NON-NLS-1$
			return error(at, path, "the number is not finite or too large (" + what.trim() + ").", //$NON-NLS-1$ //$NON-NLS-2$
					"write a finite number; JSON has no NaN or Infinity."); //$NON-NLS-1$
		}
		String detail = what.replace(GSON_LENIENT_HINT, "").trim(); //$NON-NLS-1$
		return error(at, path, "this is not valid JSON" + (detail.isEmpty() ? "." : " (" + detail + ")."), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"check the text at and just before this point: a missing comma or colon, a missing quote, an unclosed " //$NON-NLS-1$
						+ "bracket, a trailing comma, or a comment (JSON allows none)."); //$NON-NLS-1$
	}

	/** Turns Gson's path "$.materials[0].density" into this format's "materials[1].density". */
	private static String countFromOne(String gsonPath) {
		Matcher m = INDEX.matcher(gsonPath.replaceFirst("^\\$\\.?", "")); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, "[" + (Integer.parseInt(m.group(1)) + 1) + "]"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return m.appendTail(b).toString();
	}

	private static String describe(JsonToken token) {
		return switch (token) {
		case BEGIN_OBJECT -> "an object {...}"; //$NON-NLS-1$
		case BEGIN_ARRAY -> "a list [...]"; //$NON-NLS-1$
		case STRING -> "a string"; //$NON-NLS-1$
		case NUMBER -> "a number"; //$NON-NLS-1$
		case BOOLEAN -> "true or false"; //$NON-NLS-1$
		case NULL -> "null"; //$NON-NLS-1$
		default -> "the end of " + (token == JsonToken.END_DOCUMENT ? "the file" : "a list or object"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		};
	}

	private void expect(JsonToken wanted, String field, String what, String fix) throws IOException, MaterialFormatException {
		JsonToken token = in.peek();
		if (token != wanted) {
			throw error(here(), field, "expected " + what + ", found " + describe(token) + ".", fix); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	void beginObject(String field, String what, String fix) throws IOException, MaterialFormatException {
		expect(JsonToken.BEGIN_OBJECT, field, what, fix);
		in.beginObject();
	}

	void beginArray(String field, String what, String fix) throws IOException, MaterialFormatException {
		expect(JsonToken.BEGIN_ARRAY, field, what, fix);
		in.beginArray();
	}

	boolean hasNext() throws IOException {
		return in.hasNext();
	}

	void endArray(String field, String fix) throws IOException, MaterialFormatException {
		if (in.hasNext()) {
			throw error(here(), field, "the list has more entries than expected.", fix); //$NON-NLS-1$
		}
		in.endArray();
	}

	/**
	 * @return the next field name of the current object, or null (having closed
	 *         the object) when there is none; rejects unknown and repeated names
	 */
	String nextField(String field, Set<String> seen, List<String> allowed) throws IOException, MaterialFormatException {
		if (!in.hasNext()) {
			in.endObject();
			return null;
		}
		Location at = here();
		String name = in.nextName();
		String where = field.isEmpty() ? name : field + '.' + name;
		if (!allowed.contains(name)) {
			String hint = allowed.stream().filter(name::equalsIgnoreCase).findFirst()
					.map(a -> "did you mean '" + a + "'? Names are case-sensitive. ") //$NON-NLS-1$ //$NON-NLS-2$
					.orElse(""); //$NON-NLS-1$
			throw error(at, where, "unknown field '" + name + "'.", //$NON-NLS-1$ //$NON-NLS-2$
					hint + "use one of: " + String.join(", ", allowed) + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!seen.add(name)) {
			throw error(at, where, "the field appears twice in the same object.", "keep one of the two entries."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return name;
	}

	/** @return true, having consumed it, when the next value is JSON null */
	boolean skipNull() throws IOException {
		if (in.peek() == JsonToken.NULL) {
			in.nextNull();
			return true;
		}
		return false;
	}

	double number(String field) throws IOException, MaterialFormatException {
		expect(JsonToken.NUMBER, field, "a number", "write a plain number without quotes or units, e.g. 2700 or 1.064e-6."); //$NON-NLS-1$ //$NON-NLS-2$
		return in.nextDouble();
	}

	String string(String field) throws IOException, MaterialFormatException {
		expect(JsonToken.STRING, field, "a string", "put the text in double quotes."); //$NON-NLS-1$ //$NON-NLS-2$
		return in.nextString();
	}

	void endDocument() throws IOException, MaterialFormatException {
		materialId = ""; //$NON-NLS-1$
		try {
			if (in.peek() == JsonToken.END_DOCUMENT) {
				return;
			}
		} catch (MalformedJsonException e) {
			// Gson refuses a second top-level value as malformed; say what it means here.
		}
		throw error(parse(in.toString()), "", "there is more text after the end of the top-level object.", //$NON-NLS-1$ //$NON-NLS-2$
				"remove it, or move it inside the object."); //$NON-NLS-1$
	}
}
