package org.laserdamage.headless;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The log of unexpected failures of the command line: the full stack trace
 * a user can send to the developers, in {@code <data>/logs/laserdamage.log}
 * (never inside the installation, which may be read-only). When the file
 * grows past {@value #MAX_BYTES} bytes it is moved to {@code laserdamage.log.1}.
 */
final class CrashLog {

	private static final String FILE_NAME = "laserdamage.log"; //$NON-NLS-1$
	private static final long MAX_BYTES = 5L * 1024 * 1024;

	private CrashLog() {
	}

	/** @return the log file that now holds {@code failure}; empty when no log could be written */
	static Optional<Path> write(String command, Throwable failure) {
		for (Path folder : new Path[] { logFolder(), Path.of(System.getProperty("java.io.tmpdir"), //$NON-NLS-1$
				"laserdamage-" + System.getProperty("user.name", "user")) }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try {
				return Optional.of(append(folder, command, failure));
			} catch (IOException | RuntimeException e) {
				// try the next folder
			}
		}
		return Optional.empty();
	}

	private static Path logFolder() {
		try {
			return MaterialStores.dataDirectory().resolve("logs"); //$NON-NLS-1$
		} catch (MaterialStoreException | RuntimeException e) {
			return Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
		}
	}

	private static Path append(Path folder, String command, Throwable failure) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(FILE_NAME);
		if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
			Files.move(file, folder.resolve(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
		}
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND); PrintWriter out = new PrintWriter(w)) {
			out.println("---- " + Instant.now() + " pid " + ProcessHandle.current().pid() + ": laserdamage " + command //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " (version " + org.laserdamage.core.RunStudyOperation.applicationVersion() + ", Java " //$NON-NLS-1$ //$NON-NLS-2$
					+ System.getProperty("java.version") + ", max heap " //$NON-NLS-1$ //$NON-NLS-2$
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)"); //$NON-NLS-1$
			failure.printStackTrace(out);
		}
		return file;
	}
}
