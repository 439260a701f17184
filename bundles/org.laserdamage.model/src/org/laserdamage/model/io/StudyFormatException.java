package org.laserdamage.model.io;

import java.nio.file.Path;

/**
 * A study file that cannot be read: the message names the file, the line and
 * column where known, what is wrong and how to fix it.
 */
public final class StudyFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	public StudyFormatException(Path file, int line, int column, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path file() {
		return file;
	}

	/** @return 1-based line, or 0 when unknown */
	public int line() {
		return line;
	}

	/** @return 1-based column, or 0 when unknown */
	public int column() {
		return column;
	}
}
