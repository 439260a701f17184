package org.laserdamage.materials;

/**
 * The material database cannot be opened, migrated, read or written. The
 * message says what happened and what to do (e.g. which process holds the
 * database, or which JDBC URL to check).
 */
public class MaterialStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public MaterialStoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public MaterialStoreException(String message) {
		super(message);
	}
}
