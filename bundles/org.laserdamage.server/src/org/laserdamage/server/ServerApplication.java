package org.laserdamage.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.laserdamage.server.internal.LogSetup;
import org.laserdamage.server.internal.RedisFanOut;
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
		try {
			config = ServerConfig.load(configFile, System::getenv);
			config.tokens();
			config.database();
			config.apiPort();
			config.metricsPort();
			config.slots();
			config.lease();
			config.grace();
			config.maxBody();
			config.backupDestination();
			config.backupInterval();
			config.backupRetention();
			config.backupWebhook().ifPresent(url -> {
				try {
					new org.laserdamage.backup.Webhook(url);
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("backup.webhook (SLACK_WEBHOOK_URL) must be an http(s) address" //$NON-NLS-1$
							+ " such as https://hooks.slack.com/services/…", e); //$NON-NLS-1$
				}
			});
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
			return serve(config, log);
		} catch (Exception e) { // NOPMD: whatever stops the start, say it and exit 1
			log.error("The server could not start: {}", e.getMessage(), e); //$NON-NLS-1$
			System.err.println("laserdamage server: could not start: " + e.getMessage()); //$NON-NLS-1$
			return FAILURE;
		}
	}

	private int serve(ServerConfig config, Logger log) throws Exception {
		try (ServerRuntime runtime = ServerRuntime.start(config)) {
			System.out.println("laserdamage server " + runtime.name() + " listening on " + config.bind() + ':' //$NON-NLS-1$ //$NON-NLS-2$
					+ runtime.apiPort() + " (metrics on " + runtime.metricsPort() + ')'); //$NON-NLS-1$
			System.out.flush();
			installSignals(log);
			try {
				stop.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			runtime.stop();
		}
		return OK;
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
