package org.laserdamage.solver.ansys.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.laserdamage.solver.ansys.LicenceCounts;
import org.laserdamage.solver.ansys.LicenceCounts.LicenceServerException;

/**
 * Runs {@code lmutil lmstat -a -c server} with a time limit and reads its
 * counts. Answers are kept for {@value #CACHE_MILLIS} ms per lmutil and server:
 * a place asks again for every waiting job twice a second, and a licence
 * server should not be asked that often.
 */
public final class Lmstat {

	/** How long lmstat may take before the server counts as unreachable. */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);
	static final long CACHE_MILLIS = 3000;

	private record Answer(long at, LicenceCounts counts, LicenceServerException failure) {
	}

	private static final Map<String, Answer> CACHE = new ConcurrentHashMap<>();

	private Lmstat() {
	}

	/** @return the server's counts, at most {@value #CACHE_MILLIS} ms old */
	public static LicenceCounts query(Path lmutil, String server) throws LicenceServerException, InterruptedException {
		String key = lmutil + "\n" + server; //$NON-NLS-1$
		long now = System.currentTimeMillis();
		Answer cached = CACHE.get(key);
		if (cached == null || now - cached.at() > CACHE_MILLIS) {
			try {
				cached = new Answer(now, run(lmutil, server, TIMEOUT), null);
			} catch (LicenceServerException e) {
				cached = new Answer(now, null, e);
			}
			CACHE.put(key, cached);
		}
		if (cached.failure() != null) {
			throw cached.failure();
		}
		return cached.counts();
	}

	/** Asks the server now, without the cache. */
	public static LicenceCounts run(Path lmutil, String server, Duration timeout)
			throws LicenceServerException, InterruptedException {
		if (!Files.isRegularFile(lmutil) || !Files.isExecutable(lmutil)) {
			throw new LicenceServerException(server, Messages.bind(Messages.lmutilMissing, lmutil));
		}
		Process process;
		try {
			process = new ProcessBuilder(lmutil.toString(), "lmstat", "-a", "-c", server).redirectErrorStream(true) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.start();
		} catch (IOException e) {
			throw new LicenceServerException(server, Messages.bind(Messages.lmutilCannotStart, lmutil, e.getMessage()));
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Thread reader = new Thread(() -> copy(process.getInputStream(), output), "lmstat " + server); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new LicenceServerException(server, Messages.bind(Messages.lmstatTimedOut, timeout.toSeconds()));
		}
		reader.join(TimeUnit.SECONDS.toMillis(5));
		String text;
		synchronized (output) {
			text = output.toString(StandardCharsets.UTF_8);
		}
		return LicenceCounts.parse(server, text);
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		byte[] buffer = new byte[8192];
		try (in) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				synchronized (out) {
					out.write(buffer, 0, n);
				}
			}
		} catch (IOException e) {
			// lmutil was killed: what it printed so far is kept
		}
	}
}
