package org.laserdamage.core;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process on a host, told apart from a later process that gets the same
 * PID by its start time. Files that say "this process is working on it"
 * (run markers, job records) carry one, so a reader can tell a live owner
 * from one that was killed.
 *
 * @param host    the host name, empty when unknown
 * @param pid     process id
 * @param started the process's start as {@link java.time.Instant#toString()}, empty when unknown
 */
public record ProcessIdentity(String host, long pid, String started) {

	/** @return this process */
	public static ProcessIdentity current() {
		ProcessHandle self = ProcessHandle.current();
		return new ProcessIdentity(hostName(), self.pid(), startOf(self));
	}

	/** @return whether this is a process of this host that still runs (not a later one with its PID) */
	public boolean isAlive() {
		if (!host.isEmpty() && !host.equals(hostName())) {
			return false;
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(p -> started.isEmpty() || startOf(p).isEmpty() || started.equals(startOf(p))).isPresent();
	}

	/** @return whether it runs on another host, where this process cannot see whether it lives */
	public boolean isOnOtherHost() {
		return !host.isEmpty() && !host.equals(hostName());
	}

	/** @return the start time of a process as written in {@link #started()} */
	public static String startOf(ProcessHandle process) {
		return process.info().startInstant().map(Object::toString).orElse(""); //$NON-NLS-1$
	}

	private static String hostName() {
		return Host.NAME;
	}

	/** The host name, looked up once: the kernel's, without a name-service lookup where it can be read. */
	private static final class Host {
		static final String NAME = lookUp();

		private static String lookUp() {
			try {
				Path kernel = Path.of("/proc/sys/kernel/hostname"); //$NON-NLS-1$
				if (Files.isReadable(kernel)) {
					return Files.readString(kernel).trim();
				}
				return InetAddress.getLocalHost().getHostName();
			} catch (IOException | RuntimeException e) {
				return ""; //$NON-NLS-1$
			}
		}
	}
}
