package org.laserdamage.solver.calculix.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.laserdamage.solver.nodal.ProcessTree;

/**
 * Runs {@code ccx -i job} in a directory as a cancellable process. Its
 * standard output and error go line by line to the solver log; the
 * {@code actual total time=} lines of that output report the simulated time
 * reached. Cancelling kills ccx and every process it started. ccx runs with
 * one thread ({@code OMP_NUM_THREADS=1}): runs share the machine.
 * <p>
 * A run succeeded only if the log says {@value #FINISHED} and holds no
 * {@value #ERROR} line: ccx ends with exit code 0 on some input errors.
 */
public final class CcxLauncher {

	static final String FINISHED = "Job finished"; //$NON-NLS-1$
	static final String ERROR = "*ERROR"; //$NON-NLS-1$
	private static final String TIME = "actual total time="; //$NON-NLS-1$
	private static final String ITERATION = "iteration "; //$NON-NLS-1$
	private static final long POLL_MILLIS = 100;
	/** Lines of an error message kept after the {@value #ERROR} line (ccx wraps its messages). */
	private static final int ERROR_LINES = 3;

	/**
	 * What became of a run.
	 *
	 * @param exitCode  the process's exit code (meaningless when cancelled)
	 * @param cancelled whether it was killed on request
	 * @param finished  whether the log says {@value #FINISHED}
	 * @param error     the first error message of the log, its wrapped lines joined; null if none
	 * @param iterations the equilibrium iterations ccx reported (one linear solve each)
	 */
	public record Outcome(int exitCode, boolean cancelled, boolean finished, String error, long iterations) {
		public boolean succeeded() {
			return !cancelled && finished && error == null && exitCode == 0;
		}
	}

	private volatile double reached;

	/**
	 * @param progress  receives the simulated time reached, on the calling thread
	 * @param cancelled polled while ccx runs
	 */
	public Outcome run(Path executable, Path directory, String job, Path log, DoubleConsumer progress,
			BooleanSupplier cancelled) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-i", job).directory(directory.toFile()) //$NON-NLS-1$
				.redirectErrorStream(true);
		builder.environment().put("OMP_NUM_THREADS", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("CCX_NPROC_EQUATION_SOLVER", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		LogScan scan = new LogScan();
		try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			Process process = builder.start();
			Thread pump = new Thread(() -> pump(process, out, scan), "ccx output " + directory); //$NON-NLS-1$
			pump.setDaemon(true);
			pump.start();
			boolean killed = false;
			try {
				while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
					progress.accept(reached);
					if (cancelled.getAsBoolean()) {
						kill(process);
						killed = true;
						break;
					}
				}
			} catch (InterruptedException e) {
				kill(process);
				throw e;
			}
			pump.join();
			progress.accept(reached);
			synchronized (scan) {
				return new Outcome(process.exitValue(), killed, scan.finished, scan.error(), scan.iterations);
			}
		}
	}

	/** Kills ccx and its children, and waits for them. */
	static void kill(Process process) throws InterruptedException {
		ProcessTree.kill(process);
	}

	private void pump(Process process, Writer out, LogScan scan) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				synchronized (scan) {
					scan.line(line);
					out.write(line);
					out.write('\n');
					out.flush();
				}
				int at = line.indexOf(TIME);
				if (at >= 0) {
					try {
						reached = Double.parseDouble(line.substring(at + TIME.length()).trim());
					} catch (NumberFormatException e) {
						// a line that only looks like a time report: keep the last time
					}
				}
			}
		} catch (IOException e) {
			// the process was killed, or the log became unwritable: the outcome says what is known
		}
	}

	/**
	 * What the log says, read line by line so that a long log is not kept:
	 * whether it says {@value #FINISHED}, its first {@value #ERROR} message with
	 * the lines ccx wrapped it onto, and the number of equilibrium iterations.
	 */
	static final class LogScan {
		boolean finished;
		long iterations;
		private StringBuilder error;
		private int errorLines;
		private boolean errorOpen;

		void line(String line) {
			String trimmed = line.trim();
			if (line.contains(FINISHED)) {
				finished = true;
			}
			if (trimmed.startsWith(ITERATION)) {
				iterations++;
			}
			if (errorOpen) {
				if (trimmed.isEmpty() || trimmed.startsWith("*") || errorLines == ERROR_LINES) { //$NON-NLS-1$
					errorOpen = false;
				} else {
					error.append(' ').append(trimmed);
					errorLines++;
				}
			}
			if (error == null && line.contains(ERROR)) {
				error = new StringBuilder(trimmed);
				errorOpen = true;
			}
		}

		String error() {
			return error == null ? null : error.toString();
		}
	}
}
