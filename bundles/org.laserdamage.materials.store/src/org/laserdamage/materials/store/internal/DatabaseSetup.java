package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Makes a freshly opened database ready: migrates it to the latest schema
 * and, when it was empty, fills it with the built-in materials, all in one
 * transaction, so a failed start leaves the database as it was.
 */
final class DatabaseSetup {

	private DatabaseSetup() {
	}

	/**
	 * Leaves {@code connection} without auto-commit. READ COMMITTED while
	 * migrating: a PostgreSQL process that waited for another one's migration
	 * must see the tables that one created.
	 */
	static void prepare(Connection connection, Connector connector, String createdBy) throws MaterialStoreException {
		try {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			connector.dialect().lockForMigration(connection);
			int found = SchemaMigrations.migrate(connection, SchemaMigrations.latest(), connector.location());
			if (found == 0) {
				for (Material m : BuiltInMaterials.load().records()) {
					MaterialWriter.insert(connection, m, createdBy);
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollback(connection);
			throw StoreErrors.onOpen(e, connector.location());
		} catch (MaterialStoreException | RuntimeException e) {
			rollback(connection);
			throw e;
		}
	}

	static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// The original failure is what the user needs to see; closing the connection discards the rest.
		}
	}
}
