package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * The embedded Derby database of a store folder, shared by every process
 * that opens it: the workbench, command-line runs, parallel runs.
 * <p>
 * Embedded Derby lets one process boot a database. The first process to
 * open the folder takes {@link DerbyLock} and becomes the <em>host</em>: it
 * boots the database, serves it with Derby's network server on a loopback
 * port ({@link DerbyServer}) and writes the port and a secret into
 * {@value ServerInfo#FILE_NAME}. Later processes find that file and connect
 * as <em>clients</em>, registered in {@link ClientMarks}. A process that finds
 * the lock held but nothing served yet (the host is starting or stopping)
 * waits, with a message, for a bounded time.
 * <p>
 * When the host's store closes, it stops advertising, waits up to a grace
 * period for its clients to finish (a command-line snapshot takes a moment),
 * then shuts the database down and releases the lock. A client whose
 * connection broke reconnects through {@link #connect()}, where one of them
 * becomes the next host.
 * <p>
 * Folder layout: Derby's files in {@value #DATABASE}/, {@value DerbyLock#FILE_NAME},
 * {@value ServerInfo#FILE_NAME}, {@value ClientMarks#FILE_NAME} and Derby's log {@code derby.log}.
 */
public final class SharedDerby implements Connector {

	/** Subfolder of the store folder that Derby owns. */
	public static final String DATABASE = "db"; //$NON-NLS-1$

	/** System property: how long to wait for a database another process holds, in seconds. */
	public static final String WAIT_PROPERTY = "laserdamage.materials.waitSeconds"; //$NON-NLS-1$
	/** System property: how long a closing host waits for its clients, in seconds. */
	public static final String GRACE_PROPERTY = "laserdamage.materials.graceSeconds"; //$NON-NLS-1$

	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
	private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
	/** A host that starts or stops takes a moment; only a longer wait is worth a message. */
	private static final Duration ANNOUNCE_AFTER = Duration.ofSeconds(1);
	private static final long POLL_MILLIS = 100;

	/** Folders open in this process: one store per folder and process. */
	private static final Set<Path> OPEN = new HashSet<>();

	private final Path folder;
	private final Path real;
	private final Consumer<String> waiting;
	private final Duration maxWait;
	private final Duration grace;

	/** Held while this process hosts the database. */
	private DerbyLock hostLock;
	/** What this host advertises, once it does. */
	private ServerInfo advertised;
	/** Held while this process is a client of another host. */
	private ClientMarks clientMark;
	/** Why the last attempt to connect to an advertised host failed, for the message after the wait. */
	private String clientFailure;

	private SharedDerby(Path folder, Path real, Consumer<String> waiting) {
		this.folder = folder;
		this.real = real;
		this.waiting = waiting;
		this.maxWait = seconds(WAIT_PROPERTY, DEFAULT_WAIT);
		this.grace = seconds(GRACE_PROPERTY, DEFAULT_GRACE);
	}

	/**
	 * Registers {@code folder} for this process (creating it when missing);
	 * {@link #release()} ends that.
	 *
	 * @param waiting told, in a sentence, when opening waits for another process
	 */
	public static SharedDerby open(Path folder, Consumer<String> waiting) throws MaterialStoreException {
		Path absolute = folder.toAbsolutePath();
		Path real;
		try {
			real = Files.createDirectories(absolute).toRealPath();
		} catch (IOException e) {
			throw new MaterialStoreException(NLS.bind(Messages.Lock_cannotCreate, absolute, e), e);
		}
		synchronized (OPEN) {
			if (!OPEN.add(real)) {
				throw new MaterialStoreException(NLS.bind(Messages.Lock_thisProcess, absolute));
			}
		}
		return new SharedDerby(absolute, real, waiting);
	}

	/** The SQL is the same whether this process is host or client. */
	@Override
	public Dialect dialect() {
		return Dialect.DERBY;
	}

	@Override
	public String location() {
		return folder.toString();
	}

	/** @return true while this process hosts the database for others */
	public boolean isHost() {
		return hostLock != null;
	}

	/**
	 * Connects as host or client, waiting while another process starts or
	 * stops hosting. Creates the database on first use.
	 */
	@Override
	public Connection connect() throws MaterialStoreException {
		endClientSession();
		if (hostLock != null) {
			return bootEmbedded();
		}
		long start = System.nanoTime();
		boolean announced = false;
		while (true) {
			if (Thread.currentThread().isInterrupted()) {
				throw new MaterialStoreException(NLS.bind(Messages.Shared_interrupted, folder));
			}
			Optional<Connection> client = connectAsClient();
			if (client.isPresent()) {
				return client.get();
			}
			Optional<DerbyLock> lock = DerbyLock.tryAcquire(real);
			if (lock.isPresent()) {
				return startHosting(lock.get());
			}
			Duration waited = Duration.ofNanos(System.nanoTime() - start);
			Optional<LockOwner> owner = DerbyLock.owner(real);
			if (waited.compareTo(maxWait) >= 0) {
				throw heldTooLong(owner);
			}
			if (!announced && waited.compareTo(ANNOUNCE_AFTER) >= 0) {
				waiting.accept(owner.map(o -> NLS.bind(Messages.Shared_waiting, new Object[] { folder, o.pid(), command(o) }))
						.orElseGet(() -> NLS.bind(Messages.Shared_waitingUnknown, folder)));
				announced = true;
			}
			pause();
		}
	}

	/** A host advertises its database only once it is migrated, so no client sees half a schema. */
	@Override
	public void ready() throws MaterialStoreException {
		if (hostLock != null && advertised == null) {
			ServerInfo info = DerbyServer.serve(real.resolve(DATABASE));
			try {
				info.write(real);
			} catch (IOException e) {
				throw new MaterialStoreException(NLS.bind(Messages.Lock_cannotCreate, real.resolve(ServerInfo.FILE_NAME), e), e);
			}
			advertised = info;
		}
	}

	private Optional<Connection> connectAsClient() throws MaterialStoreException {
		clientFailure = null;
		Optional<ServerInfo> info = ServerInfo.read(real).filter(i -> i.host().isOtherLiveProcess());
		if (info.isEmpty()) {
			return Optional.empty();
		}
		ClientMarks mark;
		try {
			mark = ClientMarks.register(real).orElse(null);
			if (mark == null) {
				return Optional.empty(); // the host is going away
			}
		} catch (IOException noLocksHere) {
			mark = null;
		}
		Properties login = new Properties();
		login.setProperty("user", info.get().user()); //$NON-NLS-1$
		login.setProperty("password", info.get().password()); //$NON-NLS-1$
		try {
			Connection c = JdbcDrivers.connect(Dialect.DERBY_CLIENT, Dialect.derbyClientUrl(info.get().port(), real.resolve(DATABASE)), login);
			if (c != null) {
				clientMark = mark;
				return Optional.of(c);
			}
		} catch (SQLException e) {
			if (Dialect.DERBY.isDamage(e)) {
				closeQuietly(mark);
				throw StoreErrors.damaged(e, location());
			}
			// The host stopped since it wrote the file, or the file is stale: try to host.
			clientFailure = NLS.bind(Messages.Shared_clientFailed, info.get().port(), StoreErrors.detail(e));
		}
		closeQuietly(mark);
		return Optional.empty();
	}

	private Connection startHosting(DerbyLock lock) throws MaterialStoreException {
		hostLock = lock;
		DerbyServer.join();
		try {
			return bootEmbedded();
		} catch (MaterialStoreException | RuntimeException e) {
			endHostSession();
			throw e;
		}
	}

	private Connection bootEmbedded() throws MaterialStoreException {
		// Derby's log is one per JVM and goes to the working directory unless told otherwise.
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", real.resolve("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Properties create = DerbyServer.login();
		create.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return JdbcDrivers.connect(Dialect.DERBY, Dialect.derbyUrl(real.resolve(DATABASE)), create);
		} catch (SQLException e) {
			if (StoreErrors.hasState(e, Dialect.DERBY_IN_USE)) {
				throw new MaterialStoreException(NLS.bind(Messages.Derby_inUse, location(), StoreErrors.detail(e)), e);
			}
			if (Dialect.DERBY.isDamage(e)) {
				throw StoreErrors.damaged(e, location());
			}
			throw new MaterialStoreException(NLS.bind(Messages.Derby_cannotOpen, location(), StoreErrors.detail(e)), e);
		}
	}

	/** Ends hosting or the client session, and this process's claim on the folder. */
	@Override
	public void release() {
		try {
			endClientSession();
			if (hostLock != null) {
				endHostSession();
			}
		} finally {
			synchronized (OPEN) {
				OPEN.remove(real);
			}
		}
	}

	private void endClientSession() {
		closeQuietly(clientMark);
		clientMark = null;
	}

	/**
	 * Stops advertising, lets the clients finish within the grace period, then
	 * shuts the database down (which disconnects clients that are still there)
	 * and releases the lock, in that order, so that no newcomer connects to a
	 * host that is going away.
	 */
	private void endHostSession() {
		ClientMarks noClients = null;
		try {
			if (advertised != null) {
				ServerInfo.remove(real, advertised.host());
				noClients = awaitClients();
			}
			shutDownDatabase();
		} finally {
			DerbyServer.leave();
			closeQuietly(noClients);
			hostLock.close();
			hostLock = null;
			advertised = null;
		}
	}

	/** @return the exclusive mark once no client is left, or null when the grace period ended first */
	private ClientMarks awaitClients() {
		long deadline = System.nanoTime() + grace.toNanos();
		do {
			try {
				Optional<ClientMarks> none = ClientMarks.noClients(real);
				if (none.isPresent()) {
					return none.get();
				}
			} catch (IOException noLocksHere) {
				return null;
			}
			pause();
		} while (System.nanoTime() - deadline < 0);
		return null;
	}

	private void shutDownDatabase() {
		Properties shutdown = DerbyServer.login();
		shutdown.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			JdbcDrivers.connect(Dialect.DERBY, Dialect.derbyUrl(real.resolve(DATABASE)), shutdown);
		} catch (SQLException | MaterialStoreException e) {
			// Derby answers a clean shutdown with SQLState 08006; after anything else it
			// recovers from its transaction log when the database is next opened.
		}
	}

	private MaterialStoreException heldTooLong(Optional<LockOwner> owner) {
		Path lockFile = real.resolve(DerbyLock.FILE_NAME);
		long seconds = maxWait.toSeconds();
		if (clientFailure != null) {
			return new MaterialStoreException(NLS.bind(Messages.Shared_unreachable, new Object[] { folder, seconds, clientFailure }));
		}
		if (owner.isEmpty()) {
			return new MaterialStoreException(NLS.bind(Messages.Lock_inUseUnknown, new Object[] { folder, seconds, lockFile }));
		}
		return new MaterialStoreException(NLS.bind(Messages.Lock_inUse,
				new Object[] { folder, owner.get().pid(), command(owner.get()), seconds, lockFile }));
	}

	private static String command(LockOwner owner) {
		String command = owner.describe();
		return command.isEmpty() ? Messages.Lock_commandUnknown : command;
	}

	private static Duration seconds(String property, Duration fallback) {
		try {
			String value = System.getProperty(property);
			return value == null ? fallback : Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeQuietly(ClientMarks mark) {
		if (mark != null) {
			mark.close();
		}
	}
}
