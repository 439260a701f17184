package org.laserdamage.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of the run directory: UTF-8, comma separated, LF line
 * ends, RFC 4180 quoting of text fields, text that a spreadsheet would take
 * for a formula neutralised ({@link CsvText}), numbers in Java's shortest
 * round-trip form (which any CSV reader parses back to the same double).
 */
final class Csv {

	/** One complete line of a CSV file and its 1-based line number. */
	record Line(int number, List<String> fields) {
	}

	private Csv() {
	}

	/** @return a text field (see {@link CsvText#field}) */
	static String quote(String field) {
		return CsvText.field(field);
	}

	static String number(double value) {
		return Double.toString(value);
	}

	static String row(List<String> quotedFields) {
		return String.join(",", quotedFields) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Reads the complete lines of a CSV file. The writers end every line with
	 * LF and flush per line, so a last line without LF is a write cut short by
	 * a crash (or still in progress): it is left out rather than misread.
	 */
	static List<Line> read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<Line> lines = new ArrayList<>();
		int start = 0;
		int number = 1;
		for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
			String line = text.substring(start, end);
			if (line.endsWith("\r")) { //$NON-NLS-1$
				line = line.substring(0, line.length() - 1);
			}
			if (line.isEmpty()) {
				throw new IOException(file + " line " + number + ": the line is empty"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			lines.add(new Line(number, split(line, file, number)));
			start = end + 1;
			number++;
		}
		return lines;
	}

	/** @return whether the fields of {@code line} begin with the columns of {@code header} (a CSV header line) */
	static boolean startsWith(Line line, String header) {
		List<String> expected = List.of(header.strip().split(",")); //$NON-NLS-1$
		List<String> fields = line.fields();
		return fields.size() >= expected.size() && fields.subList(0, expected.size()).equals(expected);
	}

	static double parse(Path file, Line line, int column, String columnName) throws IOException {
		String text = line.fields().get(column).strip();
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new IOException(file + " line " + line.number() + ", column '" + columnName + "': '" + text //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "' is not a number"); //$NON-NLS-1$
		}
	}

	static void requireFields(Path file, Line line, int expected, String what) throws IOException {
		if (line.fields().size() != expected) {
			throw new IOException(file + " line " + line.number() + ": expected " + expected + " values (" + what //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ") but found " + line.fields().size()); //$NON-NLS-1$
		}
	}

	private static List<String> split(String line, Path file, int number) throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '"' && field.length() == 0) {
				quoted = true;
			} else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new IOException(file + " line " + number + ": a quoted field is not closed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		fields.add(field.toString());
		return fields;
	}
}
