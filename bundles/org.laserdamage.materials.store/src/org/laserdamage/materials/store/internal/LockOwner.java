package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Properties;

/**
 * The process named in a material database's lock file. The start time
 * tells a live owner from an unrelated process that got the same PID after
 * the owner died; the command is only for the message a user reads.
 *
 * @param pid     process id
 * @param started start instant as {@link java.time.Instant#toString()}, empty when unknown
 * @param command what the process runs, for messages; empty when unknown
 */
public record LockOwner(long pid, String started, String command) {

	private static final String PID = "pid"; //$NON-NLS-1$
	private static final String STARTED = "started"; //$NON-NLS-1$
	private static final String COMMAND = "command"; //$NON-NLS-1$
	private static final int MAX_COMMAND = 200;

	/** @return this process, described by its Eclipse product or application when it has one */
	public static LockOwner current() {
		ProcessHandle self = ProcessHandle.current();
		String command = firstSet(System.getProperty("eclipse.product"), System.getProperty("eclipse.application"), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("sun.java.command"), self.info().commandLine().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		return of(self, command);
	}

	/** @return the owner record for a running process */
	public static LockOwner of(ProcessHandle process, String command) {
		return new LockOwner(process.pid(), startOf(process), shorten(command));
	}

	/** @return the owner written in a lock file, empty when the text names none */
	static Optional<LockOwner> parse(String text) {
		Properties p = new Properties();
		try {
			p.load(new StringReader(text));
			return parse(p);
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** @return the owner named by the properties {@link #properties()} writes, empty when they name none */
	static Optional<LockOwner> parse(Properties p) {
		try {
			return Optional.of(new LockOwner(Long.parseLong(p.getProperty(PID, "").trim()), //$NON-NLS-1$
					p.getProperty(STARTED, ""), p.getProperty(COMMAND, ""))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** @return this owner as properties, which {@link #parse(Properties)} reads back */
	Properties properties() {
		Properties p = new Properties();
		p.setProperty(PID, Long.toString(pid));
		p.setProperty(STARTED, started);
		p.setProperty(COMMAND, command);
		return p;
	}

	/** @return the text of a lock file naming this owner */
	public String format() {
		Properties p = properties();
		StringWriter out = new StringWriter();
		try {
			p.store(out, "Laser Damage Workbench material database in use"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	/** @return true when this is another process that still runs (not a later one with the same PID) */
	boolean isOtherLiveProcess() {
		return pid != ProcessHandle.current().pid() && isLive();
	}

	/** @return true when this process still runs (not a later one with the same PID) */
	boolean isLive() {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(p -> started.isEmpty() || startOf(p).isEmpty() || started.equals(startOf(p))).isPresent();
	}

	/** @return the command for messages: the recorded one, else what the system reports for the PID */
	String describe() {
		if (!command.isBlank()) {
			return command;
		}
		return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).map(LockOwner::shorten).orElse(""); //$NON-NLS-1$
	}

	private static String startOf(ProcessHandle process) {
		return process.info().startInstant().map(Object::toString).orElse(""); //$NON-NLS-1$
	}

	private static String firstSet(String... candidates) {
		for (String c : candidates) {
			if (c != null && !c.isBlank()) {
				return c;
			}
		}
		return ""; //$NON-NLS-1$
	}

	private static String shorten(String command) {
		return command.length() <= MAX_COMMAND ? command : command.substring(0, MAX_COMMAND) + '…';
	}
}
