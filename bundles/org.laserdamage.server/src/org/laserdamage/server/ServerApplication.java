package org.laserdamage.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
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
import org.laserdamage.server.internal.JsonErrorHandler;
import org.laserdamage.server.internal.LogSetup;
import org.laserdamage.server.internal.Readiness;
import org.laserdamage.server.internal.RedisFanOut;
import org.laserdamage.server.internal.ServerContext;
import org.laserdamage.server.internal.ServerMetrics;
import org.laserdamage.server.internal.Tokens;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.ansys.AnsysSolver;
import org.laserdamage.solver.ansys.LicenceCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * {@code laserdamage server [--config FILE]}: one replica of the server. It
 * opens the job queue (PostgreSQL from {@code DATABASE_URL}, else the embedded
 * database), runs jobs on its worker slots, serves the API and the metrics,
 * and on SIGTERM (or SIGINT) stops claiming, lets running jobs finish within
 * the grace period, hands the rest back and exits 0. Exit code 2 for bad
 * settings (the message names the key and the fix), 1 when it cannot start.
 */
public final class ServerApplication implements IApplication {

	private static final int OK = 0;
	private static final int FAILURE = 1;
	private static final int INVALID = 2;

	private final CountDownLatch stop = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		try {
			return run(args == null ? new String[0] : args);
		} catch (Throwable e) { // NOPMD: whatever went wrong, the process must not exit 0
			e.printStackTrace();
			System.err.println("laserdamage server: failed: " + e); //$NON-NLS-1$
			return FAILURE;
		}
	}

	private int run(String[] args) {
		Path configFile = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--config") && i + 1 < args.length) { //$NON-NLS-1$
				configFile = Path.of(args[++i]);
			} else if (args[i].equals("--help")) { //$NON-NLS-1$
				System.out.println("laserdamage server [--config FILE]: see docs/server.md for the settings"); //$NON-NLS-1$
				return OK;
			} else {
				System.err.println("laserdamage server: unknown argument '" + args[i] + "'; use laserdamage server [--config FILE]"); //$NON-NLS-1$ //$NON-NLS-2$
				return INVALID;
			}
		}
		ServerConfig config;
		Tokens tokens;
		Optional<ServerConfig.Database> database;
		try {
			config = ServerConfig.load(configFile, System::getenv);
			tokens = config.tokens();
			database = config.database();
			config.apiPort();
			config.metricsPort();
			config.slots();
			config.lease();
			config.grace();
			config.maxBody();
			config.redisUrl().filter(u -> !u.startsWith("redis://") && !u.startsWith("rediss://")).ifPresent(u -> { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IllegalArgumentException("REDIS_URL (redis.url) must look like redis://HOST:6379/0, not " //$NON-NLS-1$
						+ RedisFanOut.redact(u));
			});
		} catch (IllegalArgumentException e) {
			System.err.println("laserdamage server: " + e.getMessage()); //$NON-NLS-1$
			return INVALID;
		}
		try {
			Files.createDirectories(config.logs());
		} catch (java.io.IOException e) {
			System.err.println("laserdamage server: cannot create the log folder " + config.logs() + ": " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
					+ "; set LASERDAMAGE_LOGS to a writable folder"); //$NON-NLS-1$
			return FAILURE;
		}
		if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
			LogSetup.configure(logback, config.logs(), LogSetup.Sizes.SEED, true);
		} else {
			System.err.println("laserdamage server: Logback is not SLF4J's provider (" //$NON-NLS-1$
					+ LoggerFactory.getILoggerFactory().getClass().getName()
					+ "): the JSON log files are not written. Is SPI Fly started at level 2?"); //$NON-NLS-1$
		}
		Logger log = LoggerFactory.getLogger(ServerApplication.class);
		try {
			return serve(config, tokens, database, log);
		} catch (Exception e) { // NOPMD: whatever stops the start, say it and exit 1
			log.error("The server could not start: {}", e.getMessage(), e); //$NON-NLS-1$
			System.err.println("laserdamage server: could not start: " + e.getMessage()); //$NON-NLS-1$
			return FAILURE;
		}
	}

	private int serve(ServerConfig config, Tokens tokens, Optional<ServerConfig.Database> database, Logger log)
			throws Exception {
		String jdbcUrl;
		Properties credentials;
		System.setProperty(StoreSettings.DATA_PROPERTY, config.data().toString());
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
			Files.createDirectories(config.data());
			jdbcUrl = Dialect.derbyUrl(config.data().resolve("queue")); //$NON-NLS-1$
			credentials = new Properties();
		}
		ProcessIdentity self = ProcessIdentity.current();
		String name = self.host() + ':' + self.pid();
		String version = RunStudyOperation.applicationVersion();
		log.info("Laser Damage server {} starting as {}: jobs in {}, results in {}, {} worker slots", version, name, //$NON-NLS-1$
				JobQueue.redact(jdbcUrl), config.results(), config.slots());
		JobQueue queue = openQueue(jdbcUrl, credentials, config, log);
		Map<String, IPlace> places = new ConcurrentHashMap<>();
		LocalPlace local = new LocalPlace(Math.max(1, config.slots()));
		QueueWorker worker = new QueueWorker(queue, config.slots(), id -> {
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
		Readiness readiness = new Readiness(queue, config.results(), licence, Duration.ofSeconds(2), worker::isDraining);
		ServerContext context = new ServerContext(queue, worker, tokens, metrics, readiness,
				() -> snapshotMaterials(), version, name, config.maxBody());
		worker.addListener(metrics);
		RedisFanOut fanOut = config.redisUrl().map(url -> new RedisFanOut(url, context::signal)).orElse(null);
		if (fanOut != null) {
			log.info("Live job events fan out through Redis {}", RedisFanOut.redact(config.redisUrl().get())); //$NON-NLS-1$
		}
		worker.addListener(new QueueWorker.Listener() {
			@Override
			public void changed(org.laserdamage.jobs.Job job) {
				notify(job);
			}

			@Override
			public void ended(org.laserdamage.jobs.Job job, Duration ran) {
				notify(job);
			}

			private void notify(org.laserdamage.jobs.Job job) {
				context.signal(job.id());
				if (fanOut != null) {
					fanOut.publish(job.id());
				}
			}
		});
		ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "laserdamage-server-background"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		background.scheduleWithFixedDelay(context::refreshQueueStats, 0, 5, TimeUnit.SECONDS);
		if (licence.isPresent() || config.ansysRoot().isPresent()) {
			Map<String, String> ansys = new HashMap<>();
			config.ansysRoot().ifPresent(r -> ansys.put("ANSYS_ROOT", r)); //$NON-NLS-1$
			licence.ifPresent(l -> ansys.put("ANSYSLMD_LICENSE_FILE", l)); //$NON-NLS-1$
			background.scheduleWithFixedDelay(() -> metrics.licences(licences(ansys, log)), 0, 30, TimeUnit.SECONDS);
		}
		Server jetty = jetty(config, context);
		jetty.start();
		worker.start();
		log.info("Laser Damage server {} ready: API on {}:{}, metrics on {}:{}", name, config.bind(), config.apiPort(), //$NON-NLS-1$
				config.bind(), config.metricsPort());
		System.out.println("laserdamage server " + name + " listening on " + config.bind() + ':' + config.apiPort() //$NON-NLS-1$ //$NON-NLS-2$
				+ " (metrics on " + config.metricsPort() + ')'); //$NON-NLS-1$
		System.out.flush();
		installSignals(log);
		try {
			stop.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		log.info("Stopping: no new jobs are claimed; running jobs have {} s to finish", config.grace().toSeconds()); //$NON-NLS-1$
		context.stopping();
		int handedBack = worker.drain(config.grace());
		log.info("Stopped the worker; {} jobs handed back to the queue", handedBack); //$NON-NLS-1$
		jetty.stop();
		background.shutdownNow();
		readiness.close();
		worker.close();
		if (fanOut != null) {
			fanOut.close();
		}
		queue.close();
		log.info("Laser Damage server {} stopped", name); //$NON-NLS-1$
		return OK;
	}

	private static JobQueue openQueue(String jdbcUrl, Properties credentials, ServerConfig config, Logger log)
			throws CoreException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (;;) {
			try {
				return JobQueue.open(jdbcUrl, credentials, config.results(), config.lease(), 4 + 2 * config.slots());
			} catch (CoreException e) {
				if (System.nanoTime() > deadline || jdbcUrl.startsWith("jdbc:derby:")) { //$NON-NLS-1$
					throw e;
				}
				log.warn("The job database does not answer yet ({}); retrying", e.getStatus().getMessage()); //$NON-NLS-1$
				Thread.sleep(2000);
			}
		}
	}

	private static org.laserdamage.materials.IMaterialLibrary snapshotMaterials() throws CoreException {
		try {
			return MaterialStores.snapshotDefault(s -> LoggerFactory.getLogger(ServerApplication.class)
					.warn("Material source: {}", s.getMessage())); //$NON-NLS-1$
		} catch (MaterialStoreException e) {
			throw org.laserdamage.core.RunStatus.environment(e.getMessage(), e);
		}
	}

	private static Optional<LicenceCounts.Feature> licences(Map<String, String> environment, Logger log) {
		try {
			LicenceCounts counts = new AnsysSolver(k -> environment.getOrDefault(k, System.getenv(k)))
					.licences(SolverOptions.NONE);
			Optional<LicenceCounts.Feature> feature = counts.feature("ansys"); //$NON-NLS-1$
			return feature.isPresent() ? feature
					: counts.features().values().stream()
							.reduce((a, b) -> new LicenceCounts.Feature("all", a.issued() + b.issued(), a.inUse() + b.inUse())); //$NON-NLS-1$
		} catch (LicenceCounts.LicenceServerException | CoreException e) {
			log.warn("ANSYS licences not counted: {}", e.getMessage()); //$NON-NLS-1$
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static Server jetty(ServerConfig config, ServerContext context) {
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
		apiContext.setVirtualHosts(java.util.List.of("@api")); //$NON-NLS-1$
		ContextHandlerCollection contexts = new ContextHandlerCollection(apiContext);
		if (config.metricsPort() != config.apiPort()) {
			ServerConnector metrics = new ServerConnector(server, new HttpConnectionFactory(http));
			metrics.setHost(config.bind());
			metrics.setPort(config.metricsPort());
			metrics.setName("metrics"); //$NON-NLS-1$
			server.addConnector(metrics);
			ContextHandler metricsContext = new ContextHandler(new ApiHandler(context, true), "/"); //$NON-NLS-1$
			metricsContext.setVirtualHosts(java.util.List.of("@metrics")); //$NON-NLS-1$
			contexts.addHandler(metricsContext);
		}
		server.setHandler(contexts);
		server.setErrorHandler(new JsonErrorHandler());
		server.setStopTimeout(5000);
		return server;
	}

	private void installSignals(Logger log) {
		for (String name : new String[] { "TERM", "INT" }) { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				Signal.handle(new Signal(name), s -> {
					log.info("SIG{} received", s.getName()); //$NON-NLS-1$
					stop.countDown();
				});
			} catch (IllegalArgumentException e) {
				log.warn("Cannot handle SIG{}: {}", name, e.getMessage()); //$NON-NLS-1$
			}
		}
	}

	@Override
	public void stop() {
		stop.countDown();
	}
}
