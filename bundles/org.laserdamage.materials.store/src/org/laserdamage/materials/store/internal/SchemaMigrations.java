package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Versioned schema migrations, applied at start. The schema version is the
 * highest row of {@code schema_version}; a database without that table is
 * empty (version 0). Plain SQL scripts in {@code sql/} and a version table
 * are enough for two databases and keep a migration library, and its
 * dependencies, out of the product.
 */
public final class SchemaMigrations {

	/** Every migration in order. A schema change adds its script to {@code sql/} and its name here. */
	public static final List<Migration> ALL = Stream.of("V001__initial.sql", "V002__created_by.sql", //$NON-NLS-1$ //$NON-NLS-2$
			"V003__optional_phase_change.sql", "V004__job_queue.sql", "V005__queue_pause.sql").map(Migration::of).toList(); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String TABLE = "schema_version"; //$NON-NLS-1$

	private SchemaMigrations() {
	}

	/** @return the schema version this program writes */
	public static int latest() {
		return ALL.get(ALL.size() - 1).version();
	}

	/** @return the database's schema version, 0 for an empty database */
	public static int currentVersion(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String table = meta.storesUpperCaseIdentifiers() ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
		String schema = connection.getSchema();
		String escape = meta.getSearchStringEscape();
		try (ResultSet tables = meta.getTables(null, schema == null ? null : likeLiteral(schema, escape),
				likeLiteral(table, escape), new String[] { "TABLE" })) { //$NON-NLS-1$
			if (!tables.next()) {
				return 0;
			}
		}
		try (Statement s = connection.createStatement();
				ResultSet max = s.executeQuery("SELECT MAX(version) FROM " + TABLE)) { //$NON-NLS-1$
			max.next();
			return max.getInt(1);
		}
	}

	/**
	 * Applies the migrations after the database's version, up to {@code target},
	 * in the caller's transaction: the caller commits or rolls back. Each script
	 * runs its common statements and those of the connection's dialect, known
	 * from its URL.
	 *
	 * @return the schema version found before migrating (0 for an empty database)
	 * @throws MaterialStoreException when the database is newer than this program
	 */
	public static int migrate(Connection connection, int target, String location)
			throws SQLException, MaterialStoreException {
		int found = currentVersion(connection);
		if (found > latest()) {
			throw new MaterialStoreException(NLS.bind(Messages.Schema_newer, new Object[] { location, found, latest() }));
		}
		String url = connection.getMetaData().getURL();
		Dialect dialect = Dialect.forUrl(url).orElseThrow(() -> new SQLException("No dialect for the database " + url)); //$NON-NLS-1$
		for (Migration migration : ALL) {
			if (migration.version() > found && migration.version() <= target) {
				apply(connection, migration, dialect);
			}
		}
		return found;
	}

	private static void apply(Connection connection, Migration migration, Dialect dialect) throws SQLException {
		try (Statement s = connection.createStatement()) {
			for (String sql : migration.statements(dialect)) {
				s.execute(sql);
			}
		} catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO " + TABLE + " (version, description, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) { //$NON-NLS-1$ //$NON-NLS-2$
			insert.setInt(1, migration.version());
			insert.setString(2, migration.description());
			insert.executeUpdate();
		}
	}

	/** DatabaseMetaData takes LIKE patterns, in which '_' would match any character. */
	private static String likeLiteral(String name, String escape) {
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
