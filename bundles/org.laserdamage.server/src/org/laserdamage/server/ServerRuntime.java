package org.laserdamage.server;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.jobs.queue.QueueWorker;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.StoreSettings;
import org.laserdamage.server.internal.ApiHandler;
import org.laserdamage.server.internal.BackupService;
import org.laserdamage.server.internal.JsonErrorHandler;
import org.laserdamage.server.internal.Readiness;
import org.laserdamage.server.internal.RedisFanOut;
import org.laserdamage.server.internal.ServerContext;
import org.laserdamage.server.internal.ServerMetrics;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.ansys.AnsysSolver;
import org.laserdamage.solver.ansys.LicenceCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running replica of the server: the job queue, the worker, the API and
 * the metrics, started by {@link #start(ServerConfig)} and stopped gracefully
 * by {@link #stop()}. The {@code server} command runs one until it is
 * signalled; tests and the workbench's tests run one in their own JVM on the
 * loopback (port 0 picks free ports, {@link #apiPort()} says which).
 * <p>
 * The replica's data folder becomes the process's material-library folder
 * (the system property of the store), so one JVM holds one replica.
 */
public final class ServerRuntime implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

	/** Where submissions are checked and frozen against: the material library. */
	@FunctionalInterface
	public interface MaterialSource {
		/** @return the library as it is now */
		org.laserdamage.materials.IMaterialLibrary snapshot() throws CoreException;
	}

	private final ServerConfig config;
	private final String name;
	private final MaterialSource materials;
	private JobQueue queue;
	private QueueWorker worker;
	private Readiness readiness;
	private ServerContext context;
	private RedisFanOut fanOut;
	private ScheduledExecutorService background;
	private BackupService backupService;
	private Server jetty;
	private boolean stopped;

	private ServerRuntime(ServerConfig config, String name, MaterialSource materials) {
		this.config = config;
		this.name = name;
		this.materials = materials;
	}

	/**
	 * Starts a replica.
	 *
	 * @throws IllegalArgumentException for settings that are not valid (the message names the key and the fix)
	 * @throws Exception                when the database, the ports or the worker cannot be started; what was
	 *                                  started is stopped again
	 */
	public static ServerRuntime start(ServerConfig config) throws Exception {
		return start(config, ServerRuntime::snapshotMaterials);
	}

	/**
	 * Starts a replica that checks submissions against {@code materials} instead of opening the default material
	 * database (a program that holds that database open already, e.g. a workbench).
	 *
	 * @see #start(ServerConfig)
	 */
	public static ServerRuntime start(ServerConfig config, MaterialSource materials) throws Exception {
		ProcessIdentity self = ProcessIdentity.current();
		ServerRuntime runtime = new ServerRuntime(config, self.host() + ':' + self.pid(), materials);
		try {
			runtime.open();
			return runtime;
		} catch (Exception | Error e) { // NOPMD: nothing left half started
			runtime.close();
			throw e;
		}
	}

	private void open() throws Exception {
		String jdbcUrl;
		Properties credentials;
		System.setProperty(StoreSettings.DATA_PROPERTY, config.data().toString());
		Optional<ServerConfig.Database> database = config.database();
		if (database.isPresent()) {
			jdbcUrl = database.get().jdbcUrl();
			credentials = database.get().credentials();
			// the material library lives in the same database
			System.setProperty(StoreSettings.URL_PROPERTY, jdbcUrl);
			if (credentials.getProperty("user") != null) { //$NON-NLS-1$
				System.setProperty(StoreSettings.USER_PROPERTY, credentials.getProperty("user")); //$NON-NLS-1$
			}
			if (credentials.getProperty("password") != null) { //$NON-NLS-1$
				System.setProperty(StoreSettings.PASSWORD_PROPERTY, credentials.getProperty("password")); //$NON-NLS-1$
			}
		} else {
			// not a server's database of an earlier runtime of this JVM: the material library of the data folder
			System.clearProperty(StoreSettings.URL_PROPERTY);
			System.clearProperty(StoreSettings.USER_PROPERTY);
			System.clearProperty(StoreSettings.PASSWORD_PROPERTY);
			Files.createDirectories(config.data());
			jdbcUrl = Dialect.derbyUrl(config.data().resolve("queue")); //$NON-NLS-1$
			credentials = new Properties(); // the queue logs in to the embedded engine itself
		}
		String version = RunStudyOperation.applicationVersion();
		LOG.info("Laser Damage server {} starting as {}: jobs in {}, results in {}, {} worker slots", version, name, //$NON-NLS-1$
				JobQueue.redact(jdbcUrl), config.results(), config.slots());
		queue = openQueue(jdbcUrl, credentials);
		Map<String, IPlace> places = new ConcurrentHashMap<>();
		LocalPlace local = new LocalPlace(Math.max(1, config.slots()));
		worker = new QueueWorker(queue, config.slots(), id -> {
			if (LocalPlace.ID.equals(id)) {
				return local;
			}
			IPlace known = places.get(id);
			if (known == null) {
				known = PlaceRegistry.create(id, JobSettings.of(Map.of()));
				places.put(id, known);
			}
			return known;
		}, name, Duration.ofSeconds(1));
		ServerMetrics metrics = new ServerMetrics(worker, config.results());
		Optional<String> licence = config.ansysLicense();
		readiness = new Readiness(queue, config.results(), licence, Duration.ofSeconds(2), worker::isDraining);
		context = new ServerContext(queue, worker, config.tokens(), metrics, readiness, materials::snapshot, version,
				name, config.maxBody());
		worker.addListener(metrics);
		fanOut = config.redisUrl().map(url -> new RedisFanOut(url, context::signal)).orElse(null);
		if (fanOut != null) {
			LOG.info("Live job events fan out through Redis {}", RedisFanOut.redact(config.redisUrl().get())); //$NON-NLS-1$
		}
		worker.addListener(new QueueWorker.Listener() {
			@Override
			public void changed(Job job) {
				notify(job);
			}

			@Override
			public void ended(Job job, Duration ran) {
				notify(job);
			}

			private void notify(Job job) {
				context.signal(job.id());
				if (fanOut != null) {
					fanOut.publish(job.id());
				}
			}
		});
		background = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "laserdamage-server-background"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		background.scheduleWithFixedDelay(context::refreshQueueStats, 0, 5, TimeUnit.SECONDS);
		if (licence.isPresent() || config.ansysRoot().isPresent()) {
			Map<String, String> ansys = new HashMap<>();
			config.ansysRoot().ifPresent(r -> ansys.put("ANSYS_ROOT", r)); //$NON-NLS-1$
			licence.ifPresent(l -> ansys.put("ANSYSLMD_LICENSE_FILE", l)); //$NON-NLS-1$
			background.scheduleWithFixedDelay(() -> metrics.licences(licences(ansys)), 0, 30, TimeUnit.SECONDS);
		}
		config.backupDestination().ifPresent(destination -> {
			BackupService service = new BackupService(config, destination, queue, version);
			context.backups(service);
			metrics.backups(service::lastSuccessForMetric);
			service.refresh();
			// every 5 minutes each replica looks whether a set is due; the database lock lets one take it
			service.start(Duration.ofMinutes(5));
			backupService = service;
			LOG.info("Backups to {} every {} min, kept {} days", destination, config.backupInterval().toMinutes(), //$NON-NLS-1$
					config.backupRetention().toDays());
		});
		jetty = jetty();
		jetty.start();
		worker.start();
		LOG.info("Laser Damage server {} ready: API on {}:{}, metrics on {}:{}", name, config.bind(), apiPort(), //$NON-NLS-1$
				config.bind(), metricsPort());
	}

	/** @return the replica's name, HOST:PID */
	public String name() {
		return name;
	}

	/** @return the port the API listens on (the configured one, or the free one picked for port 0) */
	public int apiPort() {
		return localPort("api"); //$NON-NLS-1$
	}

	/** @return the port of /metrics (the API's port when both are configured the same) */
	public int metricsPort() {
		return config.metricsPort() == config.apiPort() ? apiPort() : localPort("metrics"); //$NON-NLS-1$
	}

	private int localPort(String connector) {
		for (org.eclipse.jetty.server.Connector c : jetty.getConnectors()) {
			if (c instanceof ServerConnector s && connector.equals(s.getName())) {
				return s.getLocalPort();
			}
		}
		throw new IllegalStateException("no connector " + connector); //$NON-NLS-1$
	}

	/**
	 * Stops gracefully: no new jobs are claimed, running jobs have the grace period to finish, the rest are handed
	 * back to the queue; then the API stops. Does nothing the second time.
	 */
	public synchronized void stop() throws Exception {
		if (stopped) {
			return;
		}
		stopped = true;
		if (worker != null && context != null) {
			LOG.info("Stopping: no new jobs are claimed; running jobs have {} s to finish", config.grace().toSeconds()); //$NON-NLS-1$
			context.stopping();
			int handedBack = worker.drain(config.grace());
			LOG.info("Stopped the worker; {} jobs handed back to the queue", handedBack); //$NON-NLS-1$
		}
		if (jetty != null) {
			jetty.stop();
		}
		if (background != null) {
			background.shutdownNow();
		}
		if (backupService != null) {
			backupService.close();
		}
		if (readiness != null) {
			readiness.close();
		}
		if (worker != null) {
			worker.close();
		}
		if (fanOut != null) {
			fanOut.close();
		}
		if (queue != null) {
			queue.close();
		}
		LOG.info("Laser Damage server {} stopped", name); //$NON-NLS-1$
	}

	@Override
	public void close() throws Exception {
		stop();
	}

	private JobQueue openQueue(String jdbcUrl, Properties credentials) throws CoreException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (;;) {
			try {
				return JobQueue.open(jdbcUrl, credentials, config.results(), config.lease(), 4 + 2 * config.slots());
			} catch (CoreException e) {
				if (System.nanoTime() > deadline || jdbcUrl.startsWith("jdbc:derby:")) { //$NON-NLS-1$
					throw e;
				}
				LOG.warn("The job database does not answer yet ({}); retrying", e.getStatus().getMessage()); //$NON-NLS-1$
				Thread.sleep(2000);
			}
		}
	}

	private static org.laserdamage.materials.IMaterialLibrary snapshotMaterials() throws CoreException {
		synchronized (BackupService.MATERIALS) {
			return snapshotMaterialsNow();
		}
	}

	private static org.laserdamage.materials.IMaterialLibrary snapshotMaterialsNow() throws CoreException {
		try {
			return MaterialStores.snapshotDefault(s -> LOG.warn("Material source: {}", s.getMessage())); //$NON-NLS-1$
		} catch (MaterialStoreException e) {
			throw org.laserdamage.core.RunStatus.environment(e.getMessage(), e);
		}
	}

	private static Optional<LicenceCounts.Feature> licences(Map<String, String> environment) {
		try {
			LicenceCounts counts = new AnsysSolver(k -> environment.getOrDefault(k, System.getenv(k)))
					.licences(SolverOptions.NONE);
			Optional<LicenceCounts.Feature> feature = counts.feature("ansys"); //$NON-NLS-1$
			return feature.isPresent() ? feature
					: counts.features().values().stream()
							.reduce((a, b) -> new LicenceCounts.Feature("all", a.issued() + b.issued(), a.inUse() + b.inUse())); //$NON-NLS-1$
		} catch (LicenceCounts.LicenceServerException | CoreException e) {
			LOG.warn("ANSYS licences not counted: {}", e.getMessage()); //$NON-NLS-1$
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private Server jetty() {
		QueuedThreadPool threads = new QueuedThreadPool(200, 8);
		threads.setName("laserdamage-http"); //$NON-NLS-1$
		Server server = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		http.setRequestHeaderSize(8192);
		ServerConnector api = new ServerConnector(server, new HttpConnectionFactory(http));
		api.setHost(config.bind());
		api.setPort(config.apiPort());
		api.setName("api"); //$NON-NLS-1$
		api.setIdleTimeout(60_000);
		server.addConnector(api);
		ContextHandler apiContext = new ContextHandler(new ApiHandler(context, false), "/"); //$NON-NLS-1$
		apiContext.setVirtualHosts(List.of("@api")); //$NON-NLS-1$
		ContextHandlerCollection contexts = new ContextHandlerCollection(apiContext);
		if (config.metricsPort() != config.apiPort()) {
			ServerConnector metrics = new ServerConnector(server, new HttpConnectionFactory(http));
			metrics.setHost(config.bind());
			metrics.setPort(config.metricsPort());
			metrics.setName("metrics"); //$NON-NLS-1$
			server.addConnector(metrics);
			ContextHandler metricsContext = new ContextHandler(new ApiHandler(context, true), "/"); //$NON-NLS-1$
			metricsContext.setVirtualHosts(List.of("@metrics")); //$NON-NLS-1$
			contexts.addHandler(metricsContext);
		}
		server.setHandler(contexts);
		server.setErrorHandler(new JsonErrorHandler());
		server.setStopTimeout(5000);
		return server;
	}
}
