package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of an SQL script, for drivers that run one statement per
 * call (Derby). The scripts follow a simple rule instead of a full SQL
 * lexer: a statement ends with a semicolon at the end of a line, and lines
 * that start with {@code --} are comments.
 * <p>
 * Where the databases spell a statement differently, a line
 * {@code -- @dialect NAME} ({@link Dialect#scriptName()}: {@code derby},
 * {@code postgresql}) starts statements for that database only, and
 * {@code -- @dialect all} returns to statements for every database.
 */
public final class SqlScript {

	private static final Pattern DIALECT_LINE = Pattern.compile("--\\s*@dialect\\s+(\\S+)"); //$NON-NLS-1$
	private static final String ALL = "all"; //$NON-NLS-1$

	private SqlScript() {
	}

	/**
	 * @return the statements of a script without dialect sections, without their semicolons; the caller closes {@code in}
	 * @throws IllegalArgumentException when the script has a dialect section
	 */
	public static List<String> statements(InputStream in) throws IOException {
		return statements(in, null);
	}

	/**
	 * @param dialect the database to run on; null for a script that must have no dialect sections
	 * @return the statements for {@code dialect}, without their semicolons; the caller closes {@code in}
	 * @throws IllegalArgumentException when a dialect line names no known dialect, or interrupts a statement
	 */
	public static List<String> statements(InputStream in, Dialect dialect) throws IOException {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean included = true;
		for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) { //$NON-NLS-1$
			String trimmed = line.strip();
			Matcher section = DIALECT_LINE.matcher(trimmed);
			if (section.matches()) {
				if (current.length() > 0) {
					throw new IllegalArgumentException("The statement before '" + trimmed //$NON-NLS-1$
							+ "' in an SQL script does not end with a semicolon"); //$NON-NLS-1$
				}
				included = includes(section.group(1), dialect);
				continue;
			}
			if (trimmed.isEmpty() || trimmed.startsWith("--") || !included) { //$NON-NLS-1$
				continue;
			}
			current.append(current.length() == 0 ? "" : "\n").append(trimmed); //$NON-NLS-1$ //$NON-NLS-2$
			if (trimmed.endsWith(";")) { //$NON-NLS-1$
				statements.add(current.substring(0, current.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString());
		}
		return statements;
	}

	/** @return whether the section {@code name} begins applies to {@code dialect} */
	private static boolean includes(String name, Dialect dialect) {
		if (ALL.equals(name)) {
			return true;
		}
		Dialect.forScriptName(name).orElseThrow(() -> new IllegalArgumentException(
				"Unknown dialect '" + name + "' in an SQL script; use " + ALL + " or one of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ Arrays.stream(Dialect.values()).map(Dialect::scriptName).toList()));
		if (dialect == null) {
			throw new IllegalArgumentException("This SQL script has a section for " + name //$NON-NLS-1$
					+ " only; read it for a dialect"); //$NON-NLS-1$
		}
		return name.equals(dialect.scriptName());
	}
}
