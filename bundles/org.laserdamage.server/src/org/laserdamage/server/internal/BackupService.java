package org.laserdamage.server.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.laserdamage.backup.BackupContent;
import org.laserdamage.backup.BackupItem;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.PostgresDump;
import org.laserdamage.backup.Webhook;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.server.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's backups: a verified set of the job database (pg_dump, or
 * Derby's online backup of the embedded one and the material database), the
 * results and a material library export, taken when the newest verified set
 * is older than the interval, by one replica at a time (a lock in the job
 * database), then pruned; on request through the admin API; and the age of
 * the newest verified set for {@code backup_last_success_timestamp_seconds}.
 */
public final class BackupService {

	/** The number of the database lock the replicas take turns with ("LDBACKUP"). */
	static final long LOCK = 0x4c44_4241_434b_5550L;
	private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
	/**
	 * Held while this process has the default material store open: a process opens an embedded store once, so
	 * the backup's copy and the submissions' snapshots take turns.
	 */
	public static final Object MATERIALS = new Object();

	private final ServerConfig config;
	private final JobQueue queue;
	private final Backups backups;
	private final String version;
	private final Optional<Webhook> webhook;
	private final AtomicReference<Optional<Instant>> lastSuccess = new AtomicReference<>(Optional.empty());
	private final AtomicBoolean running = new AtomicBoolean();
	/** How old the metric's reading of the destination may be. */
	static final Duration METRIC_FRESHNESS = Duration.ofSeconds(15);
	private volatile long refreshedAt = System.nanoTime() - METRIC_FRESHNESS.toNanos() - 1;
	private final java.util.concurrent.ScheduledExecutorService executor = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "laserdamage-backup"); //$NON-NLS-1$
				t.setDaemon(true);
				return t;
			});

	public BackupService(ServerConfig config, Path destination, JobQueue queue, String version) {
		this.config = config;
		this.queue = queue;
		this.backups = new Backups(destination);
		this.version = version;
		this.webhook = config.backupWebhook().map(Webhook::new);
	}

	/** Looks every {@code check} whether a set is due (on a thread of its own: a backup may take minutes). */
	public void start(Duration check) {
		executor.scheduleWithFixedDelay(this::tick, 1, check.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
	}

	/**
	 * Takes a set now, in the background (the admin API's request).
	 *
	 * @return false when one runs on this replica already
	 */
	public boolean trigger() {
		if (running.get()) {
			return false;
		}
		executor.execute(() -> run(true));
		return true;
	}

	/** Stops the scheduler; a backup that runs is cancelled with the process (its set stays incomplete). */
	public void close() {
		executor.shutdownNow();
	}

	/** @return the sets */
	public Backups backups() {
		return backups;
	}

	/** @return when the newest verified set was started, as last read */
	public Optional<Instant> lastSuccess() {
		return lastSuccess.get();
	}

	/**
	 * @return when the newest verified set was started, read again when the last reading is older than
	 *         {@link #METRIC_FRESHNESS} (for the metric: a set another replica took is seen at the next scrapes)
	 */
	public Optional<Instant> lastSuccessForMetric() {
		if (System.nanoTime() - refreshedAt > METRIC_FRESHNESS.toNanos()) {
			refresh();
		}
		return lastSuccess.get();
	}

	/** Reads the newest verified set again. */
	public void refresh() {
		refreshedAt = System.nanoTime();
		try {
			lastSuccess.set(backups.latestGood().map(BackupSet::time));
		} catch (CoreException e) {
			LOG.warn("Backup sets in {} not read: {}", backups.destination(), e.getStatus().getMessage()); //$NON-NLS-1$
		}
	}

	/** The scheduler's tick: takes a set when the newest verified one is older than the interval. */
	public void tick() {
		Duration interval = config.backupInterval();
		if (interval.isZero()) {
			refresh();
			return;
		}
		refresh();
		if (!isDue(lastSuccess(), interval, Instant.now())) {
			return;
		}
		run(false);
	}

	/** @return whether a set is due: none yet, or the newest verified one is {@code interval} old */
	static boolean isDue(Optional<Instant> last, Duration interval, Instant now) {
		return last.isEmpty() || !last.get().plus(interval).isAfter(now);
	}

	/**
	 * Takes a set now, when this replica gets the lock (and, unless {@code force}, when one is still due once it
	 * has it: another replica may just have taken one).
	 *
	 * @return the set taken; empty when another replica holds the lock, one is running here, or none was due
	 */
	public Optional<BackupSet> run(boolean force) {
		if (!running.compareAndSet(false, true)) {
			return Optional.empty();
		}
		try {
			return queue.withLock(LOCK, () -> {
				refresh();
				if (!force && !isDue(lastSuccess(), config.backupInterval(), Instant.now())) {
					return null;
				}
				return take();
			});
		} catch (Exception e) { // NOPMD: a failed backup is logged and notified, the server goes on
			LOG.error("Backup to {} failed: {}", backups.destination(), e.getMessage()); //$NON-NLS-1$
			return Optional.empty();
		} finally {
			running.set(false);
		}
	}

	/** Why a restore was not started; nothing was changed. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		private final String code;
		private final String fix;

		Refused(String code, String message, String fix) {
			super(message);
			this.code = code;
			this.fix = fix;
		}

		public String code() {
			return code;
		}

		public String fix() {
			return fix;
		}
	}

	/**
	 * Restores the verified set {@code id} into this server's PostgreSQL database (pg_restore in one
	 * transaction), its results folder and its material export: job processing is paused on every replica
	 * through the database first, the restore waits up to {@code wait} for the jobs that run to end, and
	 * processing resumes afterwards whatever happened. A set is verified again first; folders are unpacked
	 * beside their place and swapped in last. With {@code dryRun}, says what would change.
	 *
	 * @param who named in the pause, for whoever finds processing paused
	 * @throws Refused       when this server's job database is embedded, jobs still run, or a backup or restore
	 *                       holds the lock (nothing changed)
	 * @throws CoreException when the set is unknown, does not verify, or the restore fails (the database and
	 *                       folders as they were)
	 */
	public List<Backups.Change> restore(String id, boolean dryRun, Duration wait, String who) throws Refused, CoreException {
		Optional<ServerConfig.Database> database = config.database();
		if (database.isEmpty()) {
			throw new Refused("embedded_database", //$NON-NLS-1$
					"This server's job and material databases are embedded in its replica: they cannot be replaced while it runs.", //$NON-NLS-1$
					"Stop the server, then run laserdamage backup restore " + id + " --from " + backups.destination()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, Path> targets = Map.of("results", config.results(), //$NON-NLS-1$
				"materials-export", config.data().resolve("materials-export")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Backups.Restorer> restorers = Map.of("database", dump(database.get()).restorer()); //$NON-NLS-1$
		if (dryRun) {
			return backups.restore(id, List.of(), targets, restorers, true, null);
		}
		backups.find(id); // an unknown set is said before anything is paused
		Optional<String> paused = queue.pausedBecause();
		if (paused.isPresent()) {
			throw new Refused("paused", "Job processing is paused already: " + paused.get() + '.', //$NON-NLS-1$ //$NON-NLS-2$
					"Wait until that restore ends; if the process that paused it died, POST /api/v1/queue/resume (role admin)"); //$NON-NLS-1$
		}
		Optional<List<Backups.Change>> restored;
		try {
			restored = queue.withLock(LOCK, () -> {
				queue.pause("restore of backup set " + id + " by " + who); //$NON-NLS-1$ //$NON-NLS-2$
				try {
					awaitNoRunningJobs(wait);
					LOG.info("Restoring backup set {} (job processing paused on every replica)", id); //$NON-NLS-1$
					List<Backups.Change> changes = backups.restore(id, List.of(), targets, restorers, false, null);
					LOG.info("Backup set {} restored: {}", id, changes); //$NON-NLS-1$
					return changes;
				} finally {
					queue.resume();
				}
			});
		} catch (Refused | CoreException | RuntimeException e) {
			throw e;
		} catch (Exception e) { // the lock's connection
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		return restored.orElseThrow(() -> new Refused("backup_running", //$NON-NLS-1$
				"A backup or a restore runs on a replica of this server.", //$NON-NLS-1$
				"Wait until it ends (GET /api/v1/backups), then restore again")); //$NON-NLS-1$
	}

	private void awaitNoRunningJobs(Duration wait) throws Refused, CoreException, InterruptedException {
		long end = System.nanoTime() + wait.toNanos();
		while (true) {
			int running = queue.stats().running();
			if (running == 0) {
				return;
			}
			if (System.nanoTime() >= end) {
				throw new Refused("jobs_running", running + " job(s) still run after " + wait.toSeconds() //$NON-NLS-1$ //$NON-NLS-2$
						+ " s; nothing was restored and job processing goes on.", //$NON-NLS-1$
						"Wait for them (or cancel them), or give a longer wait (?wait=SECONDS), then restore again"); //$NON-NLS-1$
			}
			Thread.sleep(250);
		}
	}

	private static PostgresDump dump(ServerConfig.Database database) {
		// the pause is left out of the dump, so that the restore (pg_restore --clean) keeps it until it ends
		return new PostgresDump(database.jdbcUrl(), database.credentials(), null, List.of(PAUSE_TABLE));
	}

	/** The table of the job queue's pause (left out of dumps). */
	static final String PAUSE_TABLE = "queue_pause"; //$NON-NLS-1$

	/** @return whether a backup runs on this replica now */
	public boolean isRunning() {
		return running.get();
	}

	private BackupSet take() throws CoreException {
		Map<String, Integer> schemas = new LinkedHashMap<>();
		try {
			BackupSet set = backups.create(items(), version, schemas, new NullProgressMonitor());
			LOG.info("Backup set {} verified in {} ({} bytes)", set.id(), set.folder(), set.manifest().size()); //$NON-NLS-1$
			List<BackupSet> removed = backups.prune(config.backupRetention(), null, Instant.now(), null);
			removed.forEach(r -> LOG.info("Backup set {} removed: older than {} days", r.id(), config.backupRetention().toDays())); //$NON-NLS-1$
			refresh();
			webhook.flatMap(w -> w.post(set.id(), true, set.folder().toString()))
					.ifPresent(why -> LOG.warn("Backup notification not delivered: {}", why)); //$NON-NLS-1$
			return set;
		} catch (CoreException e) {
			webhook.flatMap(w -> w.post(BackupSetIds.now(), false, e.getStatus().getMessage()))
					.ifPresent(why -> LOG.warn("Backup notification not delivered: {}", why)); //$NON-NLS-1$
			throw e;
		}
	}

	private List<BackupItem> items() {
		List<BackupItem> items = new ArrayList<>();
		Optional<ServerConfig.Database> database = config.database();
		if (database.isPresent()) {
			items.add(new BackupItem("database", BackupContent.DATABASES, config.data().resolve("database"), //$NON-NLS-1$ //$NON-NLS-2$
					dump(database.get()).snapshot()));
		} else {
			Path queueFolder = config.data().resolve("queue"); //$NON-NLS-1$
			items.add(new BackupItem("queue", BackupContent.DATABASES, queueFolder, (folder, monitor) -> { //$NON-NLS-1$
				// Derby writes the copy as a folder named like the database: its contents are the item, so that a
				// restore puts them where the database is
				Path scratch = java.nio.file.Files.createTempDirectory(folder.getParent(), ".queue-copy"); //$NON-NLS-1$
				try {
					queue.backupEmbedded(scratch);
					try (java.util.stream.Stream<Path> copied = java.nio.file.Files.list(scratch.resolve(queueFolder.getFileName()))) {
						for (Path p : (Iterable<Path>) copied::iterator) {
							java.nio.file.Files.move(p, folder.resolve(p.getFileName()));
						}
					}
				} finally {
					Backups.deleteTree(scratch);
				}
			}));
			items.add(new BackupItem("materials", BackupContent.DATABASES, config.data().resolve("materials"), //$NON-NLS-1$ //$NON-NLS-2$
					(folder, monitor) -> {
						synchronized (MATERIALS) {
							try (IMaterialStore store = MaterialStores.openDefault()) {
								MaterialStores.backup(store, folder);
							} catch (MaterialStoreException e) {
								throw new CoreException(Status.error(e.getMessage(), e));
							}
						}
					}));
		}
		items.add(BackupItem.folder("results", BackupContent.RESULTS, config.results())); //$NON-NLS-1$
		items.add(new BackupItem("materials-export", BackupContent.USER_DATA, config.data().resolve("materials-export"), //$NON-NLS-1$ //$NON-NLS-2$
				(folder, monitor) -> {
					synchronized (MATERIALS) {
						try (IMaterialStore store = MaterialStores.openDefault()) {
							MaterialExport.writeJson(store.materials(), folder.resolve("materials.json")); //$NON-NLS-1$
						} catch (MaterialStoreException e) {
							throw new CoreException(Status.error(e.getMessage(), e));
						}
					}
				}));
		return items;
	}

	/** Ids for notifications of sets that were never named. */
	private static final class BackupSetIds {
		static String now() {
			return BackupSet.ID.format(Instant.now());
		}
	}
}
