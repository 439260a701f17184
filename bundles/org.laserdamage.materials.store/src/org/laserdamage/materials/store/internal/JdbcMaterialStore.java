package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialConflictException;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.internal.MaterialCopies;

/**
 * The material database over JDBC, on embedded Derby or PostgreSQL. It keeps
 * one connection, used by one thread at a time; every call is one
 * transaction, so a reader never sees half of a {@link #saveAll}. A lost
 * connection is reopened on the next call, and a read that loses it is tried
 * once more. {@link #saveEdit} refuses an edit of a version that is no
 * longer the newest (optimistic concurrency).
 * <p>
 * The read methods of {@link org.laserdamage.materials.IMaterialLibrary}
 * declare no checked exception, so they report a database failure as an
 * {@link IllegalStateException} whose message says what to do and whose
 * cause is the {@link MaterialStoreException}.
 */
public final class JdbcMaterialStore implements IMaterialStore {

	private static final int VALID_SECONDS = 5;
	/** Recorded as created_by: on a shared database, the person behind a version. */
	private static final String CREATED_BY = System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$

	private final Connector connector;
	private Connection connection;

	private JdbcMaterialStore(Connector connector, Connection connection) {
		this.connector = connector;
		this.connection = connection;
	}

	/**
	 * Connects, migrates the schema and seeds an empty database.
	 *
	 * @param connector released again when opening fails
	 */
	public static JdbcMaterialStore open(Connector connector) throws MaterialStoreException {
		try {
			return new JdbcMaterialStore(connector, connectAndPrepare(connector));
		} catch (MaterialStoreException | RuntimeException e) {
			connector.release();
			throw e;
		}
	}

	/** Also on every reconnect: another program may have migrated the database in between. */
	private static Connection connectAndPrepare(Connector connector) throws MaterialStoreException {
		Connection connection = connector.connect();
		try {
			DatabaseSetup.prepare(connection, connector, CREATED_BY);
			connector.ready();
			useForRequests(connection, connector);
			return connection;
		} catch (MaterialStoreException | RuntimeException e) {
			closeQuietly(connection);
			throw e;
		}
	}

	/** Each request is a repeatable-read transaction: its queries see one state of the database. */
	private static void useForRequests(Connection connection, Connector connector) throws MaterialStoreException {
		try {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		} catch (SQLException e) {
			throw StoreErrors.onOpen(e, connector.location());
		}
	}

	@Override
	public String name() {
		return Messages.Store_name;
	}

	@Override
	public String location() {
		return connector.location();
	}

	@Override
	public Optional<Material> find(String id) {
		return read(Selection.newest(id)).stream().findFirst();
	}

	@Override
	public Optional<Material> find(String id, int version) {
		return read(Selection.version(id, version)).stream().findFirst();
	}

	@Override
	public List<Material> history(String id) {
		return read(Selection.history(id));
	}

	@Override
	public List<Material> materials() {
		List<Material> newest = new ArrayList<>(read(Selection.newestOfEach()));
		newest.sort(MaterialLibraries.BY_NAME);
		return List.copyOf(newest);
	}

	@Override
	public Material save(Material material) throws MaterialStoreException {
		return saveAll(List.of(material)).get(0);
	}

	@Override
	public List<Material> saveAll(List<Material> materials) throws MaterialStoreException {
		return inTransaction(c -> {
			List<Material> stored = new ArrayList<>();
			for (Material m : materials) {
				stored.add(insertNextVersion(c, m));
			}
			return List.copyOf(stored);
		});
	}

	private Material insertNextVersion(Connection c, Material material) throws MaterialStoreException {
		try (PreparedStatement s = c.prepareStatement("SELECT MAX(version) FROM material_version WHERE material_id = ?")) { //$NON-NLS-1$
			s.setString(1, material.id());
			int newest;
			try (ResultSet r = s.executeQuery()) {
				r.next();
				newest = r.getInt(1);
			}
			Material next = MaterialCopies.withVersion(material, newest + 1);
			MaterialWriter.insert(c, next, CREATED_BY);
			return next;
		} catch (SQLException e) {
			throw StoreErrors.onWrite(e, location(), material);
		}
	}

	@Override
	public Material saveEdit(Material edited) throws MaterialStoreException {
		try {
			return inTransaction(c -> {
				Newest newest = Newest.of(c, edited.id());
				if (newest.version() > edited.version()) {
					throw conflict(edited, newest);
				}
				Material next = MaterialCopies.withVersion(edited, newest.version() + 1);
				MaterialWriter.insert(c, next, CREATED_BY);
				return next;
			});
		} catch (MaterialStoreException e) {
			if (StoreErrors.isConflict(e)) {
				// Another writer stored the same version number a moment earlier.
				throw conflict(edited, inTransaction(c -> Newest.of(c, edited.id())));
			}
			throw e;
		}
	}

	private MaterialConflictException conflict(Material edited, Newest newest) {
		String who = newest.createdBy().isBlank() ? Messages.Conflict_someone : newest.createdBy();
		return new MaterialConflictException(NLS.bind(Messages.Conflict_newerVersion,
				new Object[] { edited.id(), edited.version(), newest.version(), who, newest.createdAt(), location() }),
				edited.id(), edited.version(), newest.version(), newest.createdBy());
	}

	@Override
	public int delete(String id) throws MaterialStoreException {
		try {
			return inTransaction(c -> MaterialWriter.delete(c, id));
		} catch (MaterialStoreException e) {
			throw e.getCause() instanceof SQLException s ? StoreErrors.onDelete(s, location(), id) : e;
		}
	}

	/** A read that lost its connection (the host of a shared database went away) is tried once more. */
	private List<Material> read(Selection selection) {
		try {
			try {
				return inTransaction(c -> MaterialReader.read(c, selection, location()));
			} catch (MaterialStoreException e) {
				if (!StoreErrors.isConnectionLost(e)) {
					throw e;
				}
				dropConnection();
				return inTransaction(c -> MaterialReader.read(c, selection, location()));
			}
		} catch (MaterialStoreException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private synchronized void dropConnection() {
		closeQuietly(connection); // still non-null: connection() reconnects
	}

	@FunctionalInterface
	private interface Work<T> {
		T run(Connection connection) throws SQLException, MaterialStoreException;
	}

	private synchronized <T> T inTransaction(Work<T> work) throws MaterialStoreException {
		Connection c = connection();
		try {
			T result = work.run(c);
			c.commit();
			return result;
		} catch (SQLException e) {
			DatabaseSetup.rollback(c);
			throw StoreErrors.onRead(e, location());
		} catch (MaterialStoreException | RuntimeException e) {
			DatabaseSetup.rollback(c);
			throw e;
		}
	}

	/**
	 * Copies the database, as one consistent state, into {@code folder} (which must not hold a database yet),
	 * while other connections go on reading and writing.
	 *
	 * @return the schema version copied
	 * @throws MaterialStoreException for a database server (back it up with its own tools) or when the copy fails
	 */
	public synchronized int backupInto(java.nio.file.Path folder) throws MaterialStoreException {
		String call = connector.dialect().onlineBackupCall()
				.orElseThrow(() -> new MaterialStoreException(NLS.bind(Messages.Store_noOnlineBackup, location())));
		Connection c = connection();
		try {
			int version = SchemaMigrations.currentVersion(c);
			c.commit();
			boolean auto = c.getAutoCommit();
			c.setAutoCommit(true); // Derby's backup waits for the caller's own transaction otherwise
			try (java.sql.CallableStatement s = c.prepareCall(call)) {
				s.setString(1, folder.toAbsolutePath().toString());
				s.execute();
			} finally {
				c.setAutoCommit(auto);
			}
			return version;
		} catch (SQLException e) {
			DatabaseSetup.rollback(c);
			throw StoreErrors.onRead(e, location());
		}
	}

	/** @return the open connection, reopened when the server dropped it */
	private Connection connection() throws MaterialStoreException {
		if (connection == null) {
			throw new IllegalStateException(NLS.bind(Messages.Store_closed, location()));
		}
		try {
			if (connection.isValid(VALID_SECONDS)) {
				return connection;
			}
		} catch (SQLException e) {
			// Only thrown for a negative timeout.
		}
		closeQuietly(connection);
		connection = connectAndPrepare(connector);
		return connection;
	}

	@Override
	public synchronized void close() {
		if (connection != null) {
			DatabaseSetup.rollback(connection);
			closeQuietly(connection);
			connection = null;
			connector.release();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				// Nothing to save: every request ended with commit or rollback.
			}
		}
	}
}
