package org.laserdamage.materials.store.tests;

import java.sql.Connection;
import java.sql.SQLException;

import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;

/** One empty database for one test, on Derby or PostgreSQL. */
interface TestDatabase extends AutoCloseable {

	/** Opens the store on this database, as the workbench would. */
	IMaterialStore open() throws MaterialStoreException;

	/** A connection of its own, in auto-commit mode, for setting up and inspecting tables. */
	Connection connect() throws SQLException, MaterialStoreException;

	/** Removes what the test left. */
	@Override
	void close() throws SQLException, MaterialStoreException;
}
