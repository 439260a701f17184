package org.laserdamage.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a solver's own log ({@value #SOLVER_LOG}, which external solvers
 * write into their run directory), for the reason of a failed job.
 */
public final class JobLogs {

	/** The log an external solver writes into the run directory. */
	public static final String SOLVER_LOG = "solver.log"; //$NON-NLS-1$

	private static final int LINES = 20;

	private JobLogs() {
	}

	/**
	 * @param attemptFolder the folder of an attempt; a failed run keeps its files in a
	 *                      sibling named {@code <attempt>.failed-…}, which is searched too
	 * @return the last lines of the solver's log, empty when there is none
	 */
	public static String excerpt(Path attemptFolder) {
		List<Path> candidates = new ArrayList<>();
		candidates.add(attemptFolder.resolve(SOLVER_LOG));
		Path parent = attemptFolder.getParent();
		String prefix = attemptFolder.getFileName() + "."; //$NON-NLS-1$
		if (parent != null && Files.isDirectory(parent)) {
			try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
					p -> p.getFileName().toString().startsWith(prefix))) {
				siblings.forEach(s -> candidates.add(s.resolve(SOLVER_LOG)));
			} catch (IOException e) {
				return ""; //$NON-NLS-1$
			}
		}
		for (Path log : candidates) {
			if (Files.isRegularFile(log)) {
				try {
					List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
					return String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size())); //$NON-NLS-1$
				} catch (IOException e) {
					return ""; //$NON-NLS-1$
				}
			}
		}
		return ""; //$NON-NLS-1$
	}
}
