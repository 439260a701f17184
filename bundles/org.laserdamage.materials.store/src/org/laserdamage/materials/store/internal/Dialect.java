package org.laserdamage.materials.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the material store runs on, and everything that differs
 * between them: which driver bundle serves their URLs, how URLs are built, how
 * concurrent migrations are kept apart, which errors mean damaged files, and by
 * its {@link #scriptName()} which statements of a migration script are its own
 * ({@link SqlScript}). The schema and queries are common SQL. Replacing Apache
 * Derby (retired in 2025) means adding a constant here; see the bundle's README.
 */
public enum Dialect {

	/**
	 * Derby's network client, for a process that uses an embedded database
	 * another process hosts ({@link SharedDerby}). Listed before
	 * {@link #DERBY}, whose URL prefix is a prefix of this one's.
	 */
	DERBY_CLIENT("jdbc:derby://", "derbyclient", "org.apache.derby.client.ClientAutoloadedDriver") { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		@Override
		void lockForMigration(Connection connection) throws SQLException {
			DERBY.lockForMigration(connection);
		}

		@Override
		boolean isDamage(SQLException e) {
			return DERBY.isDamage(e);
		}
	},

	/** Embedded Apache Derby in a store folder, shared with other processes by {@link SharedDerby}. */
	DERBY("jdbc:derby:", "derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver") { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/**
		 * A second process can only connect once the host has migrated, but two
		 * newer clients of an older host could both migrate: the first to lock
		 * the version table makes the second wait and then find it up to date.
		 */
		@Override
		void lockForMigration(Connection connection) throws SQLException {
			if (SchemaMigrations.currentVersion(connection) > 0) {
				try (Statement s = connection.createStatement()) {
					s.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE"); //$NON-NLS-1$
				}
			}
		}

		/**
		 * Derby's raw store (XSDB, XSDF, XSDG), log (XSLA) and service (XBM0A:
		 * no service.properties) errors, except those that mean "in use"
		 * (XSDB6, XSDB7, XSDB8), a full disk (XSDG1, XSLA0, XSLA4), an
		 * interrupt (XSDG9) or a database of another Derby version (XSLAC,
		 * XSLAN); and a failed boot (XJ040) because of a missing property
		 * (XCY03: garbled service.properties) or an I/O exception (XJ001: e.g. a
		 * truncated page).
		 */
		@Override
		boolean isDamage(SQLException e) {
			List<String> states = StoreErrors.states(e);
			if (states.contains(FAILED_BOOT) && (states.contains("XCY03") || states.contains("XJ001"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
			return states.stream()
					.anyMatch(s -> (s.startsWith("XSDB") || s.startsWith("XSDG") || s.startsWith("XSLA") || s.startsWith("XSDF") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							|| s.equals("XBM0A")) //$NON-NLS-1$
							&& !NOT_DAMAGE.contains(s));
		}
	},

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

		/** data_corrupted and index_corrupted. */
		@Override
		boolean isDamage(SQLException e) {
			return StoreErrors.states(e).stream().anyMatch(s -> s.equals("XX001") || s.equals("XX002")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	};

	/** Derby states in the damage families that are something else. */
	private static final List<String> NOT_DAMAGE = List.of("XSDB6", "XSDB7", "XSDB8", "XSDG1", "XSDG9", "XSLA0", "XSLA4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"XSLAC", "XSLAN"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Derby's "failed to start database". */
	private static final String FAILED_BOOT = "XJ040"; //$NON-NLS-1$

	/** Derby's "database is booted by another JVM". */
	static final String DERBY_IN_USE = "XSDB6"; //$NON-NLS-1$

	private final String urlPrefix;
	private final String driverBundle;
	private final String driverClass;

	Dialect(String urlPrefix, String driverBundle, String driverClass) {
		this.urlPrefix = urlPrefix;
		this.driverBundle = driverBundle;
		this.driverClass = driverClass;
	}

	/**
	 * @return the statement that copies the open database, consistent while others write, into the folder given
	 *         as its one parameter (Derby's online backup: the copy is a complete database folder); empty for a
	 *         database server, which its own tools back up ({@code pg_dump})
	 */
	public Optional<String> onlineBackupCall() {
		return this == POSTGRESQL ? Optional.empty() : Optional.of("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)"); //$NON-NLS-1$
	}

	/**
	 * @return the query that takes a lock named by a number for the connection's session, without waiting,
	 *         answering true when it was taken (PostgreSQL's advisory locks); empty where the database has none
	 *         (an embedded database serves one process: a lock in the process does)
	 */
	public Optional<String> tryAdvisoryLock() {
		return this == POSTGRESQL ? Optional.of("SELECT pg_try_advisory_lock(?)") : Optional.empty(); //$NON-NLS-1$
	}

	/** @return the query that gives back a lock of {@link #tryAdvisoryLock()} */
	public Optional<String> advisoryUnlock() {
		return this == POSTGRESQL ? Optional.of("SELECT pg_advisory_unlock(?)") : Optional.empty(); //$NON-NLS-1$
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

	/**
	 * @return the name of this dialect's sections in migration scripts: {@code derby}
	 *         (embedded or through Derby's network client: one SQL engine), {@code postgresql}
	 */
	public String scriptName() {
		return this == DERBY_CLIENT ? DERBY.scriptName() : name().toLowerCase(Locale.ROOT);
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

	/** @return true when some dialect reads {@code e} as damaged database files */
	static boolean anyReportsDamage(SQLException e) {
		for (Dialect d : values()) {
			if (d.isDamage(e)) {
				return true;
			}
		}
		return false;
	}

	/** @return the JDBC URL prefix, e.g. {@code jdbc:postgresql:} */
	public String urlPrefix() {
		return urlPrefix;
	}

	/** @return the URL of the embedded Derby database in {@code database} (a folder) */
	public static String derbyUrl(Path database) {
		return DERBY.urlPrefix + database;
	}

	/** @return the network client URL of the Derby database {@code database} served on a loopback port */
	public static String derbyClientUrl(int port, Path database) {
		return DERBY_CLIENT.urlPrefix + "127.0.0.1:" + port + '/' + database; //$NON-NLS-1$
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
	abstract void lockForMigration(Connection connection) throws SQLException;

	/** @return true when {@code e} says the database files are damaged (not in use, not a full disk) */
	abstract boolean isDamage(SQLException e);
}
