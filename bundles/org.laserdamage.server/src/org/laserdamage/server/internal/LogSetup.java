package org.laserdamage.server.internal;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;

/**
 * The server's logging as the seed configures it (§2.2): a human console at
 * INFO; {@code application.log} (10 MB × 10, DEBUG), {@code error.log}
 * (10 MB × 5, ERROR) and {@code simulation.log} (50 MB × 20, INFO, from the
 * {@value #SIMULATION} logger), each line one JSON object
 * ({@link JsonLineEncoder}); the ANSYS adapter's logger at WARN. Built in code,
 * not from an XML file, so that Logback never has to load a class of this
 * bundle by name (it cannot see it in OSGi). The size of each file is checked
 * every second, so a file overshoots its limit by at most a second of logs.
 */
public final class LogSetup {

	/** The logger of simulation events. */
	public static final String SIMULATION = "org.laserdamage.simulation"; //$NON-NLS-1$
	/** The ANSYS adapter's logger. */
	public static final String ANSYS = "org.laserdamage.solver.ansys"; //$NON-NLS-1$

	/** Sizes of the files, in bytes; the seed's by default, smaller in tests. */
	public record Sizes(long application, int applicationFiles, long error, int errorFiles, long simulation,
			int simulationFiles) {
		public static final Sizes SEED = new Sizes(10L << 20, 10, 10L << 20, 5, 50L << 20, 20);
	}

	private LogSetup() {
	}

	/** Replaces {@code context}'s configuration with the seed's, writing into {@code folder}. */
	public static void configure(LoggerContext context, Path folder, Sizes sizes, boolean console) {
		context.reset();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.DEBUG);
		if (console) {
			ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
			out.setContext(context);
			out.setName("console"); //$NON-NLS-1$
			PatternLayoutEncoder pattern = new PatternLayoutEncoder();
			pattern.setContext(context);
			pattern.setPattern("%d{yyyy-MM-dd HH:mm:ss} [%level] %logger:%line: %msg%n"); //$NON-NLS-1$
			pattern.start();
			out.setEncoder(pattern);
			out.addFilter(threshold(context, Level.INFO));
			out.start();
			root.addAppender(out);
		}
		root.addAppender(rolling(context, folder, "application", sizes.application(), sizes.applicationFiles(), Level.DEBUG)); //$NON-NLS-1$
		root.addAppender(rolling(context, folder, "error", sizes.error(), sizes.errorFiles(), Level.ERROR)); //$NON-NLS-1$
		Logger simulation = context.getLogger(SIMULATION);
		simulation.setLevel(Level.INFO);
		simulation.addAppender(rolling(context, folder, "simulation", sizes.simulation(), sizes.simulationFiles(), Level.INFO)); //$NON-NLS-1$
		context.getLogger(ANSYS).setLevel(Level.WARN);
		// libraries are chatty at DEBUG: their INFO and above is what an operator reads
		for (String library : new String[] { "org.eclipse.jetty", "com.zaxxer.hikari", "redis.clients", "org.postgresql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"io.prometheus" }) { //$NON-NLS-1$
			context.getLogger(library).setLevel(Level.INFO);
		}
		if (!context.isStarted()) {
			context.start();
		}
	}

	private static Appender<ILoggingEvent> rolling(LoggerContext context, Path folder, String name, long size, int files,
			Level level) {
		RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
		file.setContext(context);
		file.setName(name);
		file.setFile(folder.resolve(name + ".log").toString()); //$NON-NLS-1$
		FixedWindowRollingPolicy window = new FixedWindowRollingPolicy();
		window.setContext(context);
		window.setParent(file);
		window.setFileNamePattern(folder.resolve(name + ".log.%i").toString()); //$NON-NLS-1$
		window.setMinIndex(1);
		window.setMaxIndex(files);
		window.start();
		SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
		trigger.setContext(context);
		trigger.setMaxFileSize(new FileSize(size));
		trigger.setCheckIncrement(Duration.buildBySeconds(1));
		trigger.start();
		file.setRollingPolicy(window);
		file.setTriggeringPolicy(trigger);
		JsonLineEncoder encoder = new JsonLineEncoder();
		encoder.setContext(context);
		encoder.start();
		file.setEncoder(encoder);
		file.addFilter(threshold(context, level));
		file.start();
		return file;
	}

	private static ThresholdFilter threshold(LoggerContext context, Level level) {
		ThresholdFilter filter = new ThresholdFilter();
		filter.setContext(context);
		filter.setLevel(level.toString());
		filter.start();
		return filter;
	}
}
