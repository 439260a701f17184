package org.laserdamage.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The file an unfinished run keeps in its staging folder: which process
 * writes the folder and since when. A folder whose marker names a process
 * that has ended belongs to a run that was killed (e.g. with {@code kill -9}
 * or a power cut); {@link DeadRuns} finds such folders. A run that ends in
 * any known way (published, failed, cancelled) removes the marker.
 *
 * @param writer     the process that writes the run
 * @param runStarted when the run started
 * @param command    what the process runs, for messages
 */
public record RunMarker(ProcessIdentity writer, Instant runStarted, String command) {

	/** Name of the marker file inside a staging folder. */
	public static final String FILE_NAME = ".laserdamage-run"; //$NON-NLS-1$

	private static final String HOST = "host"; //$NON-NLS-1$
	private static final String PID = "pid"; //$NON-NLS-1$
	private static final String PROCESS_STARTED = "processStarted"; //$NON-NLS-1$
	private static final String RUN_STARTED = "runStarted"; //$NON-NLS-1$
	private static final String COMMAND = "command"; //$NON-NLS-1$

	/** @return a marker naming this process */
	public static RunMarker ofThisProcess(Instant runStarted) {
		String command = System.getProperty("eclipse.application", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return new RunMarker(ProcessIdentity.current(), runStarted, command);
	}

	/** Writes this marker into {@code folder}, flushed to the disk. */
	public void writeTo(Path folder) throws IOException {
		Properties p = new Properties();
		p.setProperty(HOST, writer.host());
		p.setProperty(PID, Long.toString(writer.pid()));
		p.setProperty(PROCESS_STARTED, writer.started());
		p.setProperty(RUN_STARTED, runStarted.toString());
		p.setProperty(COMMAND, command);
		try (Writer w = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
			p.store(w, "Laser Damage Workbench: a run writes this folder; it is incomplete until the marker is gone"); //$NON-NLS-1$
		}
	}

	/** @return the marker in {@code folder}; empty when it has none or the file cannot be read */
	public static Optional<RunMarker> read(Path folder) {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
			p.load(r);
			ProcessIdentity writer = new ProcessIdentity(p.getProperty(HOST, ""), //$NON-NLS-1$
					Long.parseLong(p.getProperty(PID, "").trim()), p.getProperty(PROCESS_STARTED, "")); //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.of(new RunMarker(writer, Instant.parse(p.getProperty(RUN_STARTED, "").trim()), //$NON-NLS-1$
					p.getProperty(COMMAND, ""))); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Removes the marker from {@code folder}, if there is one. */
	public static void remove(Path folder) throws IOException {
		try {
			Files.delete(folder.resolve(FILE_NAME));
		} catch (NoSuchFileException e) {
			// nothing to remove
		}
	}

	/**
	 * @return whether the run may still go on: its writer lives, or runs on another
	 *         host (a shared folder), where this process cannot tell
	 */
	public boolean mayBeAlive() {
		return writer.isOnOtherHost() || writer.isAlive();
	}
}
