package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The built headless product, started through its start script as a user starts it. */
final class Product {

	/** What a finished process printed. */
	record Result(int exitCode, String out, String err) {
		String all() {
			return out + err;
		}
	}

	/** A process that still runs; its output goes to files so it never blocks on a full pipe. */
	record Running(Process process, Path out, Path err) {
		String outSoFar() throws IOException {
			return Files.readString(out, StandardCharsets.UTF_8);
		}

		Result await(long seconds) throws Exception {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail("the product did not finish within " + seconds + " s; it printed: " + outSoFar()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new Result(process.exitValue(), outSoFar(), Files.readString(err, StandardCharsets.UTF_8));
		}

		/** Waits until the output shows {@code condition}. */
		void awaitOutput(Predicate<String> condition, long seconds) throws Exception {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < end) {
				if (condition.test(outSoFar())) {
					return;
				}
				if (!process.isAlive()) {
					fail("the product ended early: " + outSoFar() + Files.readString(err)); //$NON-NLS-1$
				}
				Thread.sleep(100);
			}
			fail("the output never showed what was expected: " + outSoFar()); //$NON-NLS-1$
		}

		/** The JVM of the product (the start script execs java, so it is the process itself). */
		long pid() {
			return process.pid();
		}
	}

	static final Path HOME = Path.of(System.getProperty("laserdamage.product", "")); //$NON-NLS-1$ //$NON-NLS-2$
	static final Path EXAMPLES = Path.of(System.getProperty("laserdamage.examples", "")).toAbsolutePath().normalize(); //$NON-NLS-1$ //$NON-NLS-2$

	private final Path workingDirectory;
	private final Path data;
	private String javaOptions;
	private final Map<String, String> environment = new java.util.LinkedHashMap<>();

	Product(Path workingDirectory, Path data) {
		assertTrue(Files.isExecutable(HOME.resolve("laserdamage")), //$NON-NLS-1$
				"build the product first (./mvnw verify): no " + HOME.resolve("laserdamage")); //$NON-NLS-1$ //$NON-NLS-2$
		this.workingDirectory = workingDirectory;
		this.data = data;
	}

	Product withEnvironment(String name, String value) {
		environment.put(name, value);
		return this;
	}

	Product withJavaOptions(String options) {
		javaOptions = options;
		return this;
	}

	static String example(String name) {
		return EXAMPLES.resolve(name).toString();
	}

	Result run(long seconds, String... args) throws Exception {
		return start(args).await(seconds);
	}

	Running start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		if (SignalDisposition.interruptIgnored()) {
			// A process started from a shell job has SIGINT ignored, and an ignored signal
			// stays ignored across exec; python resets it, as a terminal session would have it.
			command.addAll(List.of("python3", "-c", //$NON-NLS-1$ //$NON-NLS-2$
					"import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])")); //$NON-NLS-1$
		}
		command.add(HOME.resolve("laserdamage").toString()); //$NON-NLS-1$
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		Map<String, String> env = builder.environment();
		env.put("LASERDAMAGE_DATA", data.toString()); //$NON-NLS-1$
		env.remove("DISPLAY"); //$NON-NLS-1$
		env.remove("LASERDAMAGE_MATERIALS_URL"); //$NON-NLS-1$
		if (javaOptions != null) {
			env.put("LASERDAMAGE_JAVA_OPTS", javaOptions); //$NON-NLS-1$
		}
		env.remove("DATABASE_URL"); //$NON-NLS-1$
		env.remove("REDIS_URL"); //$NON-NLS-1$
		env.putAll(environment);
		Path out = Files.createTempFile(workingDirectory.getParent(), "out", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Path err = Files.createTempFile(workingDirectory.getParent(), "err", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))); //$NON-NLS-1$
		return new Running(builder.start(), out, err);
	}
}
