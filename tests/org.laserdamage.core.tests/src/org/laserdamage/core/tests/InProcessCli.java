package org.laserdamage.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.laserdamage.headless.Cli;

/**
 * The laserdamage command run in this JVM against a data folder of its own
 * ({@code laserdamage.data} points at a temporary folder for each test), never
 * the user's material library. Register with {@code @RegisterExtension}.
 */
final class InProcessCli implements BeforeEachCallback, AfterEachCallback {

	private static final String DATA = "laserdamage.data"; //$NON-NLS-1$

	private Path data;
	private String previous;
	private String out = ""; //$NON-NLS-1$
	private String err = ""; //$NON-NLS-1$

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		data = Files.createTempDirectory("laserdamage-test-data"); //$NON-NLS-1$
		previous = System.getProperty(DATA);
		System.setProperty(DATA, data.toString());
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (previous == null) {
			System.clearProperty(DATA);
		} else {
			System.setProperty(DATA, previous);
		}
		try (Stream<Path> files = Files.walk(data)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** @return the exit code; {@link #out()} and {@link #err()} hold what it printed */
	int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
				false).run(args);
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	String out() {
		return out;
	}

	String err() {
		return err;
	}

	/** @return this test's data folder (material database, logs) */
	Path data() {
		return data;
	}
}
