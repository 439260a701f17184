package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the material store runs on. The schema and queries are
 * common SQL; a dialect only says which driver bundle serves its URLs, how
 * concurrent migrations are kept apart, and by its {@link #scriptName()}
 * which statements of a migration script are its own ({@link SqlScript}).
 */
public enum Dialect {

	/** Embedded Apache Derby: one process at a time, guarded by {@link DerbyLock}. */
	DERBY("jdbc:derby:", "derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** A PostgreSQL server shared by several processes and users. */
	POSTGRESQL("jdbc:postgresql:", "org.postgresql.jdbc", "org.postgresql.Driver") { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/**
		 * Two programs starting at once on a new schema would both create the
		 * tables; a transaction-scoped advisory lock per schema makes the
		 * second wait and then find the schema up to date.
		 */
		@Override
		void lockForMigration(Connection connection) throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"); //$NON-NLS-1$
			}
		}
	};

	private final String urlPrefix;
	private final String driverBundle;
	private final String driverClass;

	Dialect(String urlPrefix, String driverBundle, String driverClass) {
		this.urlPrefix = urlPrefix;
		this.driverBundle = driverBundle;
		this.driverClass = driverClass;
	}

	/** @return the dialect whose URLs start like {@code url}, if any */
	public static Optional<Dialect> forUrl(String url) {
		for (Dialect d : values()) {
			if (url.startsWith(d.urlPrefix)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

	/** @return the name of this dialect's sections in migration scripts: {@code derby}, {@code postgresql} */
	public String scriptName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the dialect whose {@link #scriptName()} is {@code name}, if any */
	public static Optional<Dialect> forScriptName(String name) {
		for (Dialect d : values()) {
			if (d.scriptName().equals(name)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

	/** @return the JDBC URL prefix, e.g. {@code jdbc:postgresql:} */
	public String urlPrefix() {
		return urlPrefix;
	}

	/** @return symbolic name of the bundle that holds the driver */
	String driverBundle() {
		return driverBundle;
	}

	/** @return the driver class inside {@link #driverBundle()} */
	String driverClass() {
		return driverClass;
	}

	/** Keeps other processes from migrating the same schema until this transaction ends. */
	void lockForMigration(Connection connection) throws SQLException {
		// Embedded Derby serves one process, and DerbyLock already keeps others out.
	}
}
