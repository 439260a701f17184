package org.laserdamage.materials.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.laserdamage.materials.MaterialFormatException;

/**
 * A CSV file split into rows and cells (RFC 4180: comma-separated, cells with
 * commas, quotes or line breaks in double quotes, {@code ""} for a quote), with
 * the line and column of every cell so that errors can point at it. Unquoted
 * cells are trimmed; rows whose cells are all empty are dropped.
 */
final class CsvFile {

	/** One cell: its text, the line it starts on and its 1-based position in the row. */
	record Cell(String text, int line, int column) {
	}

	/** One non-empty row. */
	record Row(int line, List<Cell> cells) {

		/** @return the cell at 1-based {@code column}, or an empty cell on this line when the row is shorter */
		Cell cell(int column) {
			return column <= cells.size() ? cells.get(column - 1) : new Cell("", line, column); //$NON-NLS-1$
		}

		/** @return the 1-based column of the last non-empty cell */
		int width() {
			int w = cells.size();
			while (w > 0 && cells.get(w - 1).text().isEmpty()) {
				w--;
			}
			return w;
		}
	}

	private final String name;
	private final List<Row> rows;

	private CsvFile(String name, List<Row> rows) {
		this.name = name;
		this.rows = rows;
	}

	/** The name used in messages. */
	String name() {
		return name;
	}

	/** The rows that hold at least one non-empty cell, in file order. */
	List<Row> rows() {
		return rows;
	}

	MaterialFormatException error(int line, int column, String materialId, String field, String problem, String fix) {
		return new MaterialFormatException(name, line, column, materialId, field, problem, fix);
	}

	static CsvFile read(Path file) throws IOException, MaterialFormatException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new MaterialFormatException(file.toString(), 0, 0, "", "", "the file is not UTF-8 text.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"save it as \"CSV UTF-8\" (a spreadsheet's plain \"CSV\" may use another encoding, which breaks °C and µm)."); //$NON-NLS-1$
		}
		return parse(text, file.toString());
	}

	static CsvFile parse(String text, String name) throws MaterialFormatException {
		List<Row> rows = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = text.startsWith("\uFEFF") ? 1 : 0; //$NON-NLS-1$
		int line = 1;
		int rowLine = 1;
		int cellLine = 1;
		boolean quoted = false;
		boolean afterQuote = false;
		while (i <= text.length()) {
			char c = i < text.length() ? text.charAt(i) : '\n';
			boolean end = i == text.length();
			i++;
			if (quoted) {
				if (end) {
					throw new MaterialFormatException(name, cellLine, cells.size() + 1, "", "", //$NON-NLS-1$ //$NON-NLS-2$
							"the quoted cell that starts here has no closing quote.", //$NON-NLS-1$
							"end the cell with '\"' and write a quote inside a quoted cell as '\"\"'."); //$NON-NLS-1$
				}
				if (c == '"') {
					if (i < text.length() && text.charAt(i) == '"') {
						cell.append('"');
						i++;
					} else {
						quoted = false;
						afterQuote = true;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				continue;
			}
			if (c == ',' || c == '\n' || c == '\r') {
				if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
					i++;
				}
				cells.add(new Cell(afterQuote ? cell.toString() : cell.toString().strip(), cellLine, cells.size() + 1));
				cell.setLength(0);
				afterQuote = false;
				if (c != ',') {
					if (cells.stream().anyMatch(x -> !x.text().isEmpty())) {
						rows.add(new Row(rowLine, List.copyOf(cells)));
					}
					cells.clear();
					line++;
					rowLine = line;
				}
				cellLine = line;
			} else if (afterQuote) {
				if (!Character.isWhitespace(c)) {
					throw new MaterialFormatException(name, line, cells.size() + 1, "", "", //$NON-NLS-1$ //$NON-NLS-2$
							"there is text after the closing quote of a quoted cell.", //$NON-NLS-1$
							"put the whole cell in quotes and write a quote inside it as '\"\"'."); //$NON-NLS-1$
				}
			} else if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
			} else {
				cell.append(c);
			}
		}
		return new CsvFile(name, List.copyOf(rows));
	}
}
