package org.laserdamage.jobs.queue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.internal.JobJson;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.DerbyServer;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.JdbcDrivers;
import org.laserdamage.materials.store.internal.SchemaMigrations;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

import com.google.gson.JsonParseException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The durable job queue of server mode: jobs, their frozen inputs and their
 * events in a database (PostgreSQL, shared by any number of replicas; or an
 * embedded Derby database for one node), results in a folder every replica
 * sees. A replica {@link #claim claims} the oldest queued job under a lease
 * ({@code SELECT … FOR UPDATE SKIP LOCKED} on PostgreSQL), renews it by
 * {@link #heartbeat heartbeats}, and {@link #finish finishes} it only while it
 * still holds the lease; {@link #reap()} queues again (or fails, after the
 * last attempt) the jobs whose worker stopped heartbeating. Each attempt has
 * its own folder, and only the attempt that holds the lease publishes, so a
 * job that ran twice has exactly one result.
 * <p>
 * Every read of a job reads the database, so every replica reports the same
 * queue. Thread-safe.
 */
public final class JobQueue implements IJobStore, AutoCloseable {

	/** How long a claim lasts without a heartbeat, unless configured. */
	public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);
	private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-[0-9a-f]{4}"); //$NON-NLS-1$
	private static final int REASON_LENGTH = 4000;

	private final HikariDataSource pool;
	private final Dialect dialect;
	private final Path results;
	private final Duration lease;
	private final String location;

	private JobQueue(HikariDataSource pool, Dialect dialect, Path results, Duration lease, String location) {
		this.pool = pool;
		this.dialect = dialect;
		this.results = results.toAbsolutePath().normalize();
		this.lease = lease;
		this.location = location;
	}

	/**
	 * Opens the queue, migrating the database's schema first (a PostgreSQL
	 * database also gets the material library, as the material store creates it).
	 *
	 * @param jdbcUrl     {@code jdbc:postgresql://…} or {@code jdbc:derby:/ABSOLUTE/FOLDER} (created when missing)
	 * @param credentials {@code user} and {@code password} for PostgreSQL
	 * @param results     the folder of the results, shared by every replica
	 * @param lease       how long a claim lasts without a heartbeat
	 * @param poolSize    connections to keep at most
	 * @throws CoreException naming the database and the fix when it cannot be opened
	 */
	public static JobQueue open(String jdbcUrl, Properties credentials, Path results, Duration lease, int poolSize)
			throws CoreException {
		Dialect dialect = Dialect.forUrl(jdbcUrl).filter(d -> d != Dialect.DERBY_CLIENT)
				.orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Queue_badUrl, redact(jdbcUrl))));
		String url = dialect == Dialect.DERBY ? jdbcUrl + ";create=true" : jdbcUrl; //$NON-NLS-1$
		if (dialect == Dialect.DERBY && credentials.isEmpty()) {
			// once this JVM's engine hosts the material library it requires this login for every database;
			// before that it ignores it (a workbench or a test opens a queue after its own library)
			credentials = DerbyServer.login();
		}
		String location = redact(jdbcUrl);
		try {
			Files.createDirectories(results);
			if (dialect == Dialect.POSTGRESQL) {
				MaterialStores.open(jdbcUrl, credentials).close(); // migrates, and seeds the material library
			} else {
				migrateEmbedded(url, credentials, location);
			}
		} catch (MaterialStoreException e) {
			throw RunStatus.environment(e.getMessage(), e);
		} catch (IOException e) {
			throw RunStatus.environment(NLS.bind(Messages.Queue_resultsUnwritable, results, e.getMessage()), e);
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("laserdamage-queue"); //$NON-NLS-1$
		config.setDataSource(new DriverDataSource(dialect, url, credentials));
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(Math.min(2, poolSize));
		config.setAutoCommit(false);
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED"); //$NON-NLS-1$
		config.setConnectionTimeout(5000);
		config.setValidationTimeout(2000);
		config.setInitializationFailTimeout(-1); // a database that is down at start is retried, not fatal
		return new JobQueue(new HikariDataSource(config), dialect, results, lease, location);
	}

	private static void migrateEmbedded(String url, Properties credentials, String location) throws MaterialStoreException {
		try (Connection c = JdbcDrivers.connect(Dialect.DERBY, url, credentials)) {
			c.setAutoCommit(false);
			SchemaMigrations.migrate(c, SchemaMigrations.latest(), location);
			c.commit();
		} catch (SQLException e) {
			throw new MaterialStoreException(NLS.bind(Messages.Queue_unreachable, location, e.getMessage()), e);
		}
	}

	/** Work done while holding a lock of {@link JobQueue#withLock}. */
	@FunctionalInterface
	public interface LockedWork<T> {
		T run() throws Exception;
	}

	private static final java.util.Map<Long, java.util.concurrent.locks.ReentrantLock> LOCAL_LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Runs {@code work} while this replica holds the lock {@code key}, which no other replica of this database
	 * holds at the same time (PostgreSQL: an advisory lock of a session kept for the work; embedded: a lock in
	 * this process, the only one that serves the database).
	 *
	 * @return what {@code work} returned; empty when another replica holds the lock (nothing ran)
	 */
	public <T> Optional<T> withLock(long key, LockedWork<T> work) throws Exception {
		Optional<String> lock = dialect.tryAdvisoryLock();
		if (lock.isEmpty()) {
			java.util.concurrent.locks.ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(key,
					k -> new java.util.concurrent.locks.ReentrantLock());
			if (!local.tryLock()) {
				return Optional.empty();
			}
			try {
				return Optional.ofNullable(work.run());
			} finally {
				local.unlock();
			}
		}
		try (Connection c = pool.getConnection()) {
			c.setAutoCommit(true);
			try (PreparedStatement s = c.prepareStatement(lock.get())) {
				s.setLong(1, key);
				try (java.sql.ResultSet r = s.executeQuery()) {
					if (!r.next() || !r.getBoolean(1)) {
						return Optional.empty();
					}
				}
			}
			try {
				return Optional.ofNullable(work.run());
			} finally {
				try (PreparedStatement s = c.prepareStatement(dialect.advisoryUnlock().orElseThrow())) {
					s.setLong(1, key);
					s.execute();
				}
				c.setAutoCommit(false);
			}
		}
	}

	/**
	 * Copies the embedded job database, consistent while jobs are written, into {@code folder} (Derby's online
	 * backup; a database server is backed up with its own tools).
	 */
	public void backupEmbedded(Path folder) throws CoreException {
		String call = dialect.onlineBackupCall()
				.orElseThrow(() -> RunStatus.failure(location + " is a database server: back it up with pg_dump", null)); //$NON-NLS-1$
		try (Connection c = pool.getConnection()) {
			c.setAutoCommit(true);
			try (java.sql.CallableStatement s = c.prepareCall(call)) {
				s.setString(1, folder.toAbsolutePath().toString());
				s.execute();
			} finally {
				c.setAutoCommit(false);
			}
		} catch (SQLException e) {
			throw RunStatus.environment(location + ": the online backup failed: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** @return whether this is a database server (PostgreSQL), not an embedded database */
	public boolean isServerDatabase() {
		return dialect.tryAdvisoryLock().isPresent();
	}

	/** @return the database, without password, for messages */
	public String location() {
		return location;
	}

	/** @return how long a claim lasts without a heartbeat */
	public Duration lease() {
		return lease;
	}

	/** @return the folder of the results */
	public Path results() {
		return results;
	}

	/** @return {@code url} without a password parameter or user info */
	public static String redact(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	// ---- IJobStore ---------------------------------------------------------------------------------------

	@Override
	public Job create(Study study, List<Material> materials, JobSpec spec) throws CoreException {
		return create(study, materials, spec, null);
	}

	/** {@link #create(Study, List, JobSpec)} recording who submitted it (a token's name). */
	public Job create(Study study, List<Material> materials, JobSpec spec, String submittedBy) throws CoreException {
		Study frozen = EcoreUtil.copy(study);
		frozen.getSolver().setSolverId(spec.solverId());
		Map<String, Integer> versions = new LinkedHashMap<>();
		materials.forEach(m -> versions.put(m.id(), m.version()));
		String xmi = studyText(frozen);
		StringWriter json = new StringWriter();
		try {
			MaterialJson.write(materials, json);
		} catch (IOException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
		for (int tries = 0;; tries++) {
			Instant now = Instant.now();
			String id = ID_TIME.format(now) + '-'
					+ Integer.toHexString(0x10000 | ThreadLocalRandom.current().nextInt(0x10000)).substring(1);
			Job job = new Job(id, frozen.getName(), spec, versions, RunState.QUEUED, "", 0, 0, now, null, null, null, //$NON-NLS-1$
					null, ""); //$NON-NLS-1$
			try (Connection c = connect()) {
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO queue_job (id, state, submitted_at," //$NON-NLS-1$
						+ " updated_at, attempt, max_attempts, cancel_requested, submitted_by, job_json, study_xmi," //$NON-NLS-1$
						+ " materials_json) VALUES (?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?)")) { //$NON-NLS-1$
					insert.setString(1, id);
					insert.setString(2, job.state().name());
					insert.setLong(3, now.toEpochMilli());
					insert.setLong(4, now.toEpochMilli());
					insert.setInt(5, spec.maxAttempts());
					insert.setString(6, submittedBy);
					insert.setString(7, JobJson.write(job));
					insert.setString(8, xmi);
					insert.setString(9, json.toString());
					insert.executeUpdate();
				}
				event(c, job);
				c.commit();
				return job;
			} catch (SQLException e) {
				if (tries < 5 && isDuplicateKey(e)) {
					continue; // the same id in the same millisecond: draw again
				}
				throw failure(e);
			}
		}
	}

	@Override
	public Optional<Job> find(String id) throws CoreException {
		if (!isId(id)) {
			return Optional.empty();
		}
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT job_json FROM queue_job WHERE id = ?")) { //$NON-NLS-1$
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				Optional<Job> job = r.next() ? Optional.of(read(r.getString(1), id)) : Optional.empty();
				c.commit();
				return job;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** @return whether {@code id} has the form of a job id (anything else is never looked up) */
	public static boolean isId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	@Override
	public List<Job> list() throws CoreException {
		return list(JobFilter.ALL);
	}

	/** @return the jobs {@code filter} selects, newest first */
	public List<Job> list(JobFilter filter) throws CoreException {
		StringBuilder sql = new StringBuilder("SELECT job_json FROM queue_job"); //$NON-NLS-1$
		List<String> states = where(sql, filter);
		sql.append(" ORDER BY submitted_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"); //$NON-NLS-1$
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql.toString())) {
			int i = 1;
			for (String state : states) {
				s.setString(i++, state);
			}
			s.setInt(i++, filter.offset());
			s.setInt(i, filter.limit());
			List<Job> jobs = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					jobs.add(read(r.getString(1), "?")); //$NON-NLS-1$
				}
			}
			c.commit();
			return jobs;
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** @return how many jobs {@code filter} selects, without its paging */
	public int count(JobFilter filter) throws CoreException {
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM queue_job"); //$NON-NLS-1$
		List<String> states = where(sql, filter);
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql.toString())) {
			for (int i = 0; i < states.size(); i++) {
				s.setString(i + 1, states.get(i));
			}
			try (ResultSet r = s.executeQuery()) {
				r.next();
				int n = r.getInt(1);
				c.commit();
				return n;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private static List<String> where(StringBuilder sql, JobFilter filter) {
		List<String> states = filter.states().stream().map(Enum::name).sorted().toList();
		if (!states.isEmpty()) {
			sql.append(" WHERE state IN (").append(String.join(", ", states.stream().map(s -> "?").toList())).append(')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return states;
	}

	@Override
	public Job update(String id, UnaryOperator<Job> change) throws CoreException {
		return change(id, null, 0, change).orElseThrow(() -> RunStatus.failure(NLS.bind(Messages.Queue_noSuchJob, id), null));
	}

	/**
	 * Applies {@code change} under the job's row lock. With a {@code worker}, only while that worker still holds
	 * the lease of {@code attempt}.
	 *
	 * @return the job after the change; empty when there is no such job, or the worker no longer holds it
	 */
	private Optional<Job> change(String id, String worker, int attempt, UnaryOperator<Job> change) throws CoreException {
		try (Connection c = connect()) {
			Optional<Locked> locked = lock(c, id);
			if (locked.isEmpty()) {
				c.commit();
				return Optional.empty();
			}
			Locked row = locked.get();
			if (worker != null && (!worker.equals(row.worker) || row.job.attempt() != attempt
					|| row.job.state() != RunState.RUNNING)) {
				c.commit();
				return Optional.empty();
			}
			if (row.job.state().isFinal()) {
				c.commit();
				return Optional.of(row.job);
			}
			Job next = change.apply(row.job);
			String nextWorker = next.state() == RunState.RUNNING ? row.worker : null;
			write(c, next, nextWorker, next.state() == RunState.RUNNING ? row.leaseExpires : null);
			if (next.state() != row.job.state() || !next.reason().equals(row.job.reason())
					|| next.progress() != row.job.progress()) {
				event(c, next);
			}
			c.commit();
			return Optional.of(next);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private record Locked(Job job, String worker, Long leaseExpires, boolean cancelRequested) {
	}

	/** Takes the row's write lock (a no-op update: the same statement locks on both databases), then reads it. */
	private Optional<Locked> lock(Connection c, String id) throws SQLException, CoreException {
		if (!isId(id)) {
			return Optional.empty();
		}
		try (PreparedStatement touch = c.prepareStatement("UPDATE queue_job SET id = id WHERE id = ?")) { //$NON-NLS-1$
			touch.setString(1, id);
			if (touch.executeUpdate() == 0) {
				return Optional.empty();
			}
		}
		try (PreparedStatement s = c.prepareStatement(
				"SELECT job_json, worker_id, lease_expires, cancel_requested FROM queue_job WHERE id = ?")) { //$NON-NLS-1$
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				r.next();
				long lease = r.getLong(3);
				Long expires = r.wasNull() ? null : lease;
				return Optional.of(new Locked(read(r.getString(1), id), r.getString(2), expires, r.getInt(4) != 0));
			}
		}
	}

	private void write(Connection c, Job job, String worker, Long leaseExpires) throws SQLException {
		try (PreparedStatement u = c.prepareStatement("UPDATE queue_job SET state = ?, updated_at = ?, worker_id = ?," //$NON-NLS-1$
				+ " lease_expires = ?, attempt = ?, job_json = ? WHERE id = ?")) { //$NON-NLS-1$
			u.setString(1, job.state().name());
			u.setLong(2, System.currentTimeMillis());
			u.setString(3, worker);
			if (leaseExpires == null) {
				u.setNull(4, java.sql.Types.BIGINT);
			} else {
				u.setLong(4, leaseExpires);
			}
			u.setInt(5, job.attempt());
			u.setString(6, JobJson.write(job));
			u.setString(7, job.id());
			u.executeUpdate();
		}
	}

	private static void event(Connection c, Job job) throws SQLException {
		try (PreparedStatement e = c.prepareStatement("INSERT INTO queue_event (job_id, at_millis, state, progress," //$NON-NLS-1$
				+ " attempt, reason) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			e.setString(1, job.id());
			e.setLong(2, System.currentTimeMillis());
			e.setString(3, job.state().name());
			e.setDouble(4, job.progress());
			e.setInt(5, job.attempt());
			String reason = job.reason();
			e.setString(6, reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason);
			e.executeUpdate();
		}
	}

	@Override
	public Path attemptFolder(String id, int attempt) {
		if (!isId(id) || attempt < 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.Queue_badId, id));
		}
		return results.resolve(id).resolve("attempt-" + attempt); //$NON-NLS-1$
	}

	@Override
	public Study study(String id) throws CoreException {
		String xmi = column(id, "study_xmi"); //$NON-NLS-1$
		Path file = null;
		try {
			file = Files.createTempFile("laserdamage-job-", '.' + StudyIO.EXTENSION); //$NON-NLS-1$
			Files.writeString(file, xmi, StandardCharsets.UTF_8);
			return StudyIO.load(file);
		} catch (IOException | StudyFormatException e) {
			throw RunStatus.failure(NLS.bind(Messages.Queue_damaged, id, e.getMessage()), e);
		} finally {
			deleteQuietly(file);
		}
	}

	@Override
	public IMaterialLibrary materials(String id) throws CoreException {
		String json = column(id, "materials_json"); //$NON-NLS-1$
		try {
			return MaterialLibraries.of(NLS.bind(Messages.Queue_frozenMaterials, id),
					MaterialJson.read(new StringReader(json), id));
		} catch (IOException | MaterialFormatException e) {
			throw RunStatus.failure(NLS.bind(Messages.Queue_damaged, id, e.getMessage()), e);
		}
	}

	private String column(String id, String column) throws CoreException {
		if (!isId(id)) {
			throw RunStatus.failure(NLS.bind(Messages.Queue_noSuchJob, id), null);
		}
		try (Connection c = connect();
				PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM queue_job WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					throw RunStatus.failure(NLS.bind(Messages.Queue_noSuchJob, id), null);
				}
				String text = r.getString(1);
				c.commit();
				return text;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/**
	 * Cancels a queued job at once; a running one is cancelled by the replica that runs it, at its next
	 * heartbeat.
	 */
	@Override
	public void requestCancel(String id) throws CoreException {
		cancel(id);
	}

	/** {@link #requestCancel}, returning the job as it stands afterwards (empty: no such job). */
	public Optional<Job> cancel(String id) throws CoreException {
		try (Connection c = connect()) {
			Optional<Locked> locked = lock(c, id);
			if (locked.isEmpty()) {
				c.commit();
				return Optional.empty();
			}
			Job job = locked.get().job;
			if (!job.state().isFinal()) {
				try (PreparedStatement u = c.prepareStatement("UPDATE queue_job SET cancel_requested = 1 WHERE id = ?")) { //$NON-NLS-1$
					u.setString(1, id);
					u.executeUpdate();
				}
				if (job.state() != RunState.RUNNING) {
					job = job.inState(RunState.CANCELLED, Messages.Queue_cancelled);
					write(c, job, null, null);
					event(c, job);
				}
			}
			c.commit();
			return Optional.of(job);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public boolean isCancelRequested(String id) {
		try {
			return !"0".equals(column(id, "cancel_requested")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CoreException e) {
			return false;
		}
	}

	// ---- the queue ---------------------------------------------------------------------------------------

	/**
	 * Claims the oldest queued job for {@code worker} under a lease and starts its next attempt.
	 *
	 * @param worker a name unique to one worker of one replica (e.g. host:pid)
	 * @param owner  the process, recorded in the job
	 * @return the job, running, or empty when nothing is queued
	 */
	public Optional<Job> claim(String worker, ProcessIdentity owner) throws CoreException {
		String select = "SELECT id FROM queue_job WHERE state = 'QUEUED' AND cancel_requested = 0" //$NON-NLS-1$
				+ " AND NOT EXISTS (SELECT 1 FROM queue_pause)" // paused on every replica (a restore) //$NON-NLS-1$
				+ " ORDER BY submitted_at, id FETCH FIRST 1 ROWS ONLY" //$NON-NLS-1$
				+ (dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (int tries = 0; tries < 10; tries++) {
			try (Connection c = connect()) {
				String id;
				try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(select)) {
					if (!r.next()) {
						c.commit();
						return Optional.empty();
					}
					id = r.getString(1);
				}
				Optional<Locked> locked = lock(c, id);
				if (locked.isEmpty() || locked.get().job.state() != RunState.QUEUED || locked.get().cancelRequested) {
					c.commit();
					continue; // taken by another worker between the select and the lock (Derby): look again
				}
				Job job = locked.get().job;
				Job started = job.startingAttempt(job.attempt() + 1, owner);
				write(c, started, worker, System.currentTimeMillis() + lease.toMillis());
				event(c, started);
				c.commit();
				return Optional.of(started);
			} catch (SQLException e) {
				throw failure(e);
			}
		}
		return Optional.empty();
	}

	/** What a heartbeat found. */
	public enum Lease {
		/** The lease is renewed; go on. */
		HELD,
		/** Someone asked to cancel the job: stop the attempt. */
		CANCEL_REQUESTED,
		/** The lease was lost (reaped while this worker was too slow): stop, publish nothing. */
		LOST
	}

	/** Renews the lease of {@code worker} on attempt {@code attempt} of job {@code id}. */
	public Lease heartbeat(String id, String worker, int attempt) throws CoreException {
		try (Connection c = connect(); PreparedStatement u = c.prepareStatement("UPDATE queue_job SET lease_expires = ?" //$NON-NLS-1$
				+ " WHERE id = ? AND worker_id = ? AND attempt = ? AND state = 'RUNNING'")) { //$NON-NLS-1$
			u.setLong(1, System.currentTimeMillis() + lease.toMillis());
			u.setString(2, id);
			u.setString(3, worker);
			u.setInt(4, attempt);
			int held = u.executeUpdate();
			c.commit();
			if (held == 0) {
				return Lease.LOST;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
		return isCancelRequested(id) ? Lease.CANCEL_REQUESTED : Lease.HELD;
	}

	/**
	 * Records progress or the final state of an attempt, only while {@code worker} still holds its lease;
	 * publishing twice is harmless (a final job never changes again).
	 *
	 * @return the job after the change, or empty when the worker no longer holds it (nothing was written)
	 */
	public Optional<Job> report(String id, String worker, int attempt, UnaryOperator<Job> change) throws CoreException {
		return change(id, worker, attempt, change);
	}

	/**
	 * Gives a running attempt back to the queue (a replica that shuts down): the job is queued again and the
	 * attempt does not count against its attempts.
	 */
	public Optional<Job> handBack(String id, String worker, int attempt, String why) throws CoreException {
		return change(id, worker, attempt, j -> new Job(j.id(), j.studyName(), j.spec(), j.materials(), RunState.QUEUED,
				why, 0, j.attempt() - 1, j.submitted(), null, null, null, null, j.log()));
	}

	/**
	 * Queues again, or fails after its last attempt, every running job whose lease expired (its worker died or
	 * lost the database).
	 *
	 * @return the jobs changed
	 */
	public List<Job> reap() throws CoreException {
		List<String> expired = new ArrayList<>();
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
				"SELECT id FROM queue_job WHERE state = 'RUNNING' AND lease_expires < ?")) { //$NON-NLS-1$
			s.setLong(1, System.currentTimeMillis());
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					expired.add(r.getString(1));
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw failure(e);
		}
		List<Job> changed = new ArrayList<>();
		for (String id : expired) {
			try (Connection c = connect()) {
				Optional<Locked> locked = lock(c, id);
				if (locked.isEmpty() || locked.get().job.state() != RunState.RUNNING || locked.get().leaseExpires == null
						|| locked.get().leaseExpires >= System.currentTimeMillis()) {
					c.commit();
					continue; // renewed or finished meanwhile
				}
				Job job = locked.get().job;
				String worker = locked.get().worker;
				Job next;
				if (locked.get().cancelRequested) {
					next = job.inState(RunState.CANCELLED, Messages.Queue_cancelled);
				} else if (job.attempt() < job.spec().maxAttempts()) {
					next = job.inState(RunState.QUEUED, NLS.bind(Messages.Queue_requeued,
							new Object[] { worker, lease.toSeconds(), job.attempt() }));
				} else {
					next = job.inState(RunState.FAILED, NLS.bind(Messages.Queue_workerLost,
							new Object[] { worker, lease.toSeconds(), job.attempt() }));
				}
				write(c, next, null, null);
				event(c, next);
				c.commit();
				changed.add(next);
			} catch (SQLException e) {
				throw failure(e);
			}
		}
		return changed;
	}

	/**
	 * Pauses job processing on every replica of this database: no job is claimed until {@link #resume()};
	 * running jobs go on.
	 *
	 * @param reason who pauses and why (shown to whoever finds it paused)
	 * @throws CoreException when it is paused already (naming since when and why) or the database fails
	 */
	public void pause(String reason) throws CoreException {
		Optional<String> already = pausedBecause();
		if (already.isPresent()) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(NLS.bind(Messages.JobQueue_alreadyPaused, already.get())));
		}
		try (Connection c = connect();
				PreparedStatement s = c.prepareStatement("INSERT INTO queue_pause (id, reason, since_ms) VALUES (1, ?, ?)")) { //$NON-NLS-1$
			s.setString(1, reason.length() > 500 ? reason.substring(0, 500) : reason);
			s.setLong(2, System.currentTimeMillis());
			s.executeUpdate();
			c.commit();
		} catch (SQLException e) {
			if (pausedBecause().isPresent()) { // another process paused it between the two statements
				throw new CoreException(org.eclipse.core.runtime.Status.error(NLS.bind(Messages.JobQueue_alreadyPaused,
						pausedBecause().orElse("")))); //$NON-NLS-1$
			}
			throw failure(e);
		}
	}

	/** Resumes job processing on every replica (nothing happens when it is not paused). */
	public void resume() throws CoreException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.executeUpdate("DELETE FROM queue_pause"); //$NON-NLS-1$
			c.commit();
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** @return why job processing is paused (with since when), when it is */
	public Optional<String> pausedBecause() throws CoreException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT reason, since_ms FROM queue_pause")) { //$NON-NLS-1$
			Optional<String> why = r.next() ? Optional.of(r.getString(1) + " (since " + Instant.ofEpochMilli(r.getLong(2)) + ')') //$NON-NLS-1$
					: Optional.empty();
			c.commit();
			return why;
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** @return how many jobs are in each state, read from the database (the same on every replica) */
	public QueueStats stats() throws CoreException {
		Map<RunState, Integer> counts = new EnumMap<>(RunState.class);
		for (RunState s : RunState.values()) {
			counts.put(s, 0);
		}
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT state, COUNT(*) FROM queue_job GROUP BY state")) { //$NON-NLS-1$
			while (r.next()) {
				try {
					counts.put(RunState.valueOf(r.getString(1)), r.getInt(2));
				} catch (IllegalArgumentException e) {
					// a state of a newer program: not counted
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw failure(e);
		}
		return new QueueStats(counts);
	}

	/** @return the events of job {@code id} after sequence number {@code after}, oldest first, at most {@code limit} */
	public List<JobEvent> events(String id, long after, int limit) throws CoreException {
		List<JobEvent> events = new ArrayList<>();
		if (!isId(id)) {
			return events;
		}
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT seq, at_millis, state, progress," //$NON-NLS-1$
				+ " attempt, reason FROM queue_event WHERE job_id = ? AND seq > ? ORDER BY seq FETCH FIRST " //$NON-NLS-1$
				+ Math.max(1, limit) + " ROWS ONLY")) { //$NON-NLS-1$
			s.setString(1, id);
			s.setLong(2, after);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					events.add(new JobEvent(r.getLong(1), id, Instant.ofEpochMilli(r.getLong(2)),
							RunState.valueOf(r.getString(3)), r.getDouble(4), r.getInt(5), r.getString(6)));
				}
			}
			c.commit();
			return events;
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/**
	 * Runs a real query within {@code timeout} (the readiness check).
	 *
	 * @throws CoreException saying why the database does not answer
	 */
	public void ping(Duration timeout) throws CoreException {
		try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
			s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
			try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM queue_job WHERE state = 'QUEUED'")) { //$NON-NLS-1$
				r.next();
			}
			c.commit();
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public void close() {
		pool.close();
		if (dialect == Dialect.DERBY) {
			String url = pool.getDataSource() instanceof DriverDataSource d ? d.url() : null;
			if (url != null) {
				try {
					JdbcDrivers.connect(Dialect.DERBY, url.replace(";create=true", "") + ";shutdown=true", new Properties()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							.close();
				} catch (SQLException | MaterialStoreException e) {
					// Derby reports a successful shutdown as an exception (08006)
				}
			}
		}
	}

	private Connection connect() throws CoreException {
		try {
			return pool.getConnection();
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private CoreException failure(SQLException e) {
		String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return RunStatus.environment(NLS.bind(Messages.Queue_unreachable, location, redact(detail)), e);
	}

	private static Job read(String json, String id) throws CoreException {
		try {
			return JobJson.read(json);
		} catch (JsonParseException | IllegalArgumentException e) {
			throw RunStatus.failure(NLS.bind(Messages.Queue_damaged, id, e.getMessage()), e);
		}
	}

	private static boolean isDuplicateKey(SQLException e) {
		return "23505".equals(e.getSQLState()); //$NON-NLS-1$ (the same state on Derby and PostgreSQL)
	}

	private static String studyText(Study study) throws CoreException {
		Path file = null;
		try {
			file = Files.createTempFile("laserdamage-job-", '.' + StudyIO.EXTENSION); //$NON-NLS-1$
			StudyIO.save(study, file);
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw RunStatus.failure(e.getMessage(), e);
		} finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a temporary file; the system's temp cleaning gets it
			}
		}
	}

	/** Hands Hikari connections made by the store's driver loader (DriverManager cannot see drivers in OSGi). */
	private record DriverDataSource(Dialect dialect, String url, Properties credentials) implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			try {
				return JdbcDrivers.connect(dialect, url, credentials);
			} catch (MaterialStoreException e) {
				throw new SQLException(e.getMessage(), e);
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			Properties p = new Properties();
			p.putAll(credentials);
			p.setProperty("user", username); //$NON-NLS-1$
			p.setProperty("password", password); //$NON-NLS-1$
			try {
				return JdbcDrivers.connect(dialect, url, p);
			} catch (MaterialStoreException e) {
				throw new SQLException(e.getMessage(), e);
			}
		}

		@Override
		public java.io.PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(java.io.PrintWriter out) {
			// not used
		}

		@Override
		public void setLoginTimeout(int seconds) {
			// the pool's connection timeout bounds logins
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public java.util.logging.Logger getParentLogger() {
			return java.util.logging.Logger.getLogger("org.laserdamage.jobs.queue"); //$NON-NLS-1$
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper"); //$NON-NLS-1$
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}
	}
}
