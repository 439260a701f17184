package org.laserdamage.solver.ansys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.laserdamage.solver.nodal.ProcessTree;

/**
 * Runs MAPDL in batch in a directory as a cancellable process:
 * {@code <executable> -b -p <feature> -i job.inp -o job.out -np N -dir <dir> -j job}
 * with {@code ANSYSLMD_LICENSE_FILE} set to the licence server. Its standard
 * output and error go to the solver log; its output file is followed while it
 * runs for the {@code *** TIME =} of every substep (progress). Cancelling
 * kills MAPDL and every process it started.
 * <p>
 * After it ends, the output file decides: the run succeeded only if the exit
 * code is 0, no {@value #ERROR} appears and the deck's closing
 * {@link ApdlDeck#COMPLETED} comment was reached. An error whose message
 * speaks of the licence (checked out, lost, server down) is a licence failure,
 * worth another attempt; any other error is the deck's.
 */
public final class AnsysLauncher {

	public static final String ERROR = "*** ERROR ***"; //$NON-NLS-1$
	private static final Pattern TIME = Pattern.compile("\\*\\*\\* TIME =\\s*([-+0-9.EeDd]+)"); //$NON-NLS-1$
	private static final Pattern ITERATIONS = Pattern.compile("CUM ITER =\\s*(\\d+)"); //$NON-NLS-1$
	/** A licence that is lost or cannot be had; a line that merely names the licence server does not match. */
	private static final Pattern LICENCE = Pattern.compile(
			"(?i)(licen[cs]e.{0,80}(lost|not available|unavailable|denied|expired|failed|could not|cannot|unable|no longer)"
					+ "|\\b(lost|failed|unable)\\b.{0,40}licen[cs]e)"); //$NON-NLS-1$
	private static final long POLL_MILLIS = 100;
	/** Lines of an error message kept after the {@value #ERROR} line. */
	private static final int ERROR_LINES = 3;

	/**
	 * What became of a run.
	 *
	 * @param exitCode   the process's exit code (meaningless when cancelled)
	 * @param cancelled  whether it was killed on request
	 * @param completed  whether the output shows the deck's closing comment
	 * @param error      the first error message of the output, its lines joined; null if none
	 * @param licence    whether that error speaks of a lost or missing licence, or, without an error, whether
	 *                   the log does for a run that stopped before the end of the deck
	 * @param iterations the cumulative equilibrium iterations the output reported last
	 */
	public record Outcome(int exitCode, boolean cancelled, boolean completed, String error, boolean licence,
			long iterations) {
		public boolean succeeded() {
			return !cancelled && completed && error == null && exitCode == 0;
		}
	}

	/**
	 * @param progress  receives the simulated time reached, on the calling thread
	 * @param cancelled polled while MAPDL runs
	 */
	public Outcome run(AnsysSettings settings, Path executable, Path directory, String job, Path log,
			DoubleConsumer progress, BooleanSupplier cancelled) throws IOException, InterruptedException {
		Path output = directory.resolve(job + ".out"); //$NON-NLS-1$
		List<String> command = new ArrayList<>(List.of(executable.toString(), "-b", "-p", settings.feature(), //$NON-NLS-1$ //$NON-NLS-2$
				"-i", directory.resolve(job + ".inp").toString(), "-o", output.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"-np", Integer.toString(settings.processors()), "-dir", directory.toString(), "-j", job)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		settings.licenseServer().ifPresent(s -> builder.environment().put(AnsysSettings.ENV_LICENSE, s));
		Files.deleteIfExists(output);
		Process process = builder.start();
		Scan scan = new Scan();
		boolean killed = false;
		try {
			while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				scan.follow(output);
				progress.accept(scan.reached);
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
		scan.follow(output);
		scan.finish();
		progress.accept(scan.reached);
		// an error in the output is the licence's only if it says so; a run that stopped without one (the
		// licence client may end MAPDL before it writes an error) is the licence's if the log says so
		boolean licence = scan.error() != null ? scan.licence
				: !scan.completed && !killed && logSpeaksOfLicence(log);
		return new Outcome(process.exitValue(), killed, scan.completed, scan.error(), licence, scan.iterations);
	}

	private static boolean logSpeaksOfLicence(Path log) throws IOException {
		if (!Files.isRegularFile(log)) {
			return false;
		}
		try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
			return lines.anyMatch(l -> LICENCE.matcher(l).find());
		}
	}

	/** Kills MAPDL and its children (distributed MAPDL starts one process per core), and waits for them. */
	static void kill(Process process) throws InterruptedException {
		ProcessTree.kill(process);
	}

	/** The output file read as it grows, line by line, so that a long output is never held. */
	static final class Scan {
		double reached;
		long iterations;
		boolean completed;
		boolean licence;
		private long offset;
		private final StringBuilder partial = new StringBuilder();
		private StringBuilder error;
		private int errorLines;

		void follow(Path output) throws IOException {
			if (!Files.isRegularFile(output)) {
				return;
			}
			try (InputStream in = Files.newInputStream(output)) {
				in.skipNBytes(Math.min(offset, Files.size(output)));
				byte[] bytes = in.readAllBytes();
				offset += bytes.length;
				partial.append(new String(bytes, StandardCharsets.ISO_8859_1));
			}
			int end;
			while ((end = partial.indexOf("\n")) >= 0) { //$NON-NLS-1$
				line(partial.substring(0, end));
				partial.delete(0, end + 1);
			}
		}

		void finish() {
			if (partial.length() > 0) {
				line(partial.toString());
				partial.setLength(0);
			}
		}

		void line(String line) {
			if (line.contains(ApdlDeck.COMPLETED) && !line.contains("/COM")) { //$NON-NLS-1$
				completed = true;
			}
			Matcher t = TIME.matcher(line);
			if (t.find()) {
				try {
					reached = Double.parseDouble(t.group(1).replace('D', 'E'));
				} catch (NumberFormatException e) {
					// only looks like a time report: keep the last time
				}
			}
			Matcher it = ITERATIONS.matcher(line);
			if (it.find()) {
				iterations = Long.parseLong(it.group(1));
			}
			int at = line.indexOf(ERROR);
			if (at >= 0) {
				if (error == null) {
					error = new StringBuilder();
					errorLines = ERROR_LINES;
				} else {
					errorLines = 0;
				}
				return;
			}
			if (error != null && (LICENCE.matcher(line).find())) {
				licence = true;
			}
			if (error != null && errorLines > 0) {
				String text = line.strip();
				if (text.isEmpty()) {
					if (error.length() > 0) {
						errorLines = 0;
					}
					return;
				}
				error.append(error.length() > 0 ? " " : "").append(text); //$NON-NLS-1$ //$NON-NLS-2$
				errorLines--;
			}
		}

		String error() {
			if (error == null) {
				return null;
			}
			return error.length() == 0 ? ERROR : error.toString();
		}
	}
}
