package org.laserdamage.solver.nodal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.laserdamage.solver.ISolutionListener;

/**
 * Where an external code's files go: a subfolder of the listener's run
 * directory (kept, with the solver log beside it), or, when there is none, a
 * temporary directory (the log inside it) that {@link #discard()} deletes
 * after a successful or cancelled run; a failed run keeps it for the user.
 *
 * @param directory the code's working directory
 * @param log       the solver log
 * @param temporary whether the directory is a temporary one
 */
public record WorkFolder(Path directory, Path log, boolean temporary) {

	/**
	 * @param folder     the subfolder of the run directory, e.g. calculix
	 * @param prefix     the name prefix of a temporary directory
	 * @param logName    the file name of the solver log
	 */
	public static WorkFolder of(ISolutionListener listener, String folder, String prefix, String logName)
			throws IOException {
		Optional<Path> run = listener.runDirectory();
		if (run.isPresent()) {
			return new WorkFolder(Files.createDirectories(run.get().resolve(folder)), run.get().resolve(logName), false);
		}
		Path dir = Files.createTempDirectory(prefix);
		return new WorkFolder(dir, dir.resolve(logName), true);
	}

	/** Deletes a temporary directory with everything in it; keeps a run directory's subfolder. */
	public void discard() throws IOException {
		if (!temporary) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
