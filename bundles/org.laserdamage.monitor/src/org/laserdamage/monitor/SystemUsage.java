package org.laserdamage.monitor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU, memory and disk of this machine (or container), measured the way the
 * server's {@code system_*} metrics and the workbench's local health chart
 * measure them.
 */
public final class SystemUsage {

	private SystemUsage() {
	}

	/** @return the machine's CPU load over the last moment, 0 to 100; empty where the JVM cannot tell */
	public static Optional<Double> cpuPercent() {
		return os().map(com.sun.management.OperatingSystemMXBean::getCpuLoad).filter(l -> l >= 0).map(l -> l * 100);
	}

	/** @return the share of the volume holding {@code folder} in use, 0 to 100 */
	public static Optional<Double> diskPercent(Path folder) {
		try {
			FileStore store = Files.getFileStore(folder);
			long total = store.getTotalSpace();
			return total <= 0 ? Optional.empty() : Optional.of(100.0 * (total - store.getUsableSpace()) / total);
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** @return the share of the machine's (or the container's) memory in use, 0 to 100 */
	public static Optional<Double> memoryPercent() {
		return memory().filter(m -> m[0] > 0).map(m -> 100.0 * (m[0] - m[1]) / m[0]);
	}

	/** @return the memory in use in bytes */
	public static Optional<Long> memoryUsedBytes() {
		return memory().map(m -> m[0] - m[1]);
	}

	/**
	 * @return total and available memory in bytes: Linux's MemTotal and MemAvailable (page cache counts as
	 *         available, as psutil counts it), else what the JVM's operating system bean says (container-aware)
	 */
	static Optional<long[]> memory() {
		Path meminfo = Path.of("/proc/meminfo"); //$NON-NLS-1$
		try {
			long total = -1;
			long available = -1;
			for (String line : Files.readAllLines(meminfo)) {
				String[] f = line.split("\\s+"); //$NON-NLS-1$
				if (f.length >= 2 && f[0].equals("MemTotal:")) { //$NON-NLS-1$
					total = Long.parseLong(f[1]) * 1024;
				} else if (f.length >= 2 && f[0].equals("MemAvailable:")) { //$NON-NLS-1$
					available = Long.parseLong(f[1]) * 1024;
				}
			}
			Optional<com.sun.management.OperatingSystemMXBean> os = os();
			if (total > 0 && available >= 0) {
				long limit = os.map(com.sun.management.OperatingSystemMXBean::getTotalMemorySize).orElse(total);
				if (limit < total) { // a container limit below the host's memory: the JVM's view is the right one
					return os.map(o -> new long[] { o.getTotalMemorySize(), o.getFreeMemorySize() });
				}
				return Optional.of(new long[] { total, available });
			}
		} catch (IOException | NumberFormatException e) {
			// not Linux: the bean below
		}
		return os().map(o -> new long[] { o.getTotalMemorySize(), o.getFreeMemorySize() });
	}

	private static Optional<com.sun.management.OperatingSystemMXBean> os() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o
				? Optional.of(o)
				: Optional.empty();
	}
}
