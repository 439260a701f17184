package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of an SQL script, for drivers that run one statement per
 * call (Derby). The scripts follow a simple rule instead of a full SQL
 * lexer: a statement ends with a semicolon at the end of a line, and lines
 * that start with {@code --} are comments.
 */
public final class SqlScript {

	private SqlScript() {
	}

	/** @return the statements of the script, without their semicolons; the caller closes {@code in} */
	public static List<String> statements(InputStream in) throws IOException {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) { //$NON-NLS-1$
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
}
