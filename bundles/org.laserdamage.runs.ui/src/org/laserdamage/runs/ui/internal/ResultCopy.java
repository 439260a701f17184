package org.laserdamage.runs.ui.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Brings a job's results beside the workspace study it ran, so that the
 * Studies navigator, Compare Runs and the Results editor find them as before:
 * a published run directory into a new {@code <study>.runs/<time>} folder,
 * the kept partial results of a failed or cancelled attempt
 * ({@code attempt-N.failed-…}) into {@code <time>.failed-…} beside it. The
 * job's own folder keeps its copy for the Jobs view and the command line.
 */
final class ResultCopy {

	private ResultCopy() {
	}

	/**
	 * @param result the run directory the attempt published, or null when it published none
	 * @return the folder the results went to, or null when the attempt left none
	 */
	static IFolder beside(IFile study, Path attemptFolder, Path result, Instant started) throws IOException {
		IFolder run = StudyRuns.newRun(study, started);
		Path target = run.getLocation().toPath();
		if (result != null && Files.isDirectory(result)) {
			copyTree(result, target);
			return run;
		}
		Path kept = kept(attemptFolder);
		StudyRuns.releaseIfEmpty(run);
		if (kept == null) {
			return null;
		}
		String suffix = kept.getFileName().toString().substring(attemptFolder.getFileName().toString().length());
		IFolder partial = run.getParent().getFolder(org.eclipse.core.runtime.IPath.fromPortableString(run.getName() + suffix));
		copyTree(kept, partial.getLocation().toPath());
		return partial;
	}

	/** @return the sibling {@code <attempt>.failed-…}/{@code .cancelled-…} that holds kept partial results */
	private static Path kept(Path attemptFolder) throws IOException {
		Path parent = attemptFolder.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			return null;
		}
		String prefix = attemptFolder.getFileName() + "."; //$NON-NLS-1$
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> {
			String name = p.getFileName().toString();
			return name.startsWith(prefix + "failed-") || name.startsWith(prefix + "cancelled-"); //$NON-NLS-1$ //$NON-NLS-2$
		})) {
			for (Path sibling : siblings) {
				return sibling;
			}
		}
		return null;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}
}
