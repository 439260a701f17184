package org.laserdamage.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the staging folders of runs whose process died before the run
 * ended ({@code kill -9}, a crash of the machine): folders named
 * {@code <out>.incomplete-<time>} whose {@link RunMarker} names a process
 * that no longer runs. Only such folders are ever deleted; a folder without
 * our marker, or whose writer still runs, is left alone.
 */
public final class DeadRuns {

	/** Marks the name of a staging folder: {@code <out>.incomplete-<UTC time>}. */
	public static final String INCOMPLETE = ".incomplete-"; //$NON-NLS-1$

	/** A folder left by a run that was killed. */
	public record DeadRun(Path folder, RunMarker marker, long bytes) {
	}

	private DeadRuns() {
	}

	/** @return the dead runs directly inside {@code directory}, oldest first; empty when it does not exist */
	public static List<DeadRun> in(Path directory) throws IOException {
		List<DeadRun> dead = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return dead;
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(directory,
				p -> p.getFileName().toString().contains(INCOMPLETE) && Files.isDirectory(p))) {
			for (Path child : children) {
				deadRun(child).ifPresent(dead::add);
			}
		}
		dead.sort(Comparator.comparing(d -> d.marker().runStarted()));
		return dead;
	}

	/** @return the dead run in {@code folder}, if it is one */
	public static Optional<DeadRun> deadRun(Path folder) throws IOException {
		Optional<RunMarker> marker = RunMarker.read(folder);
		if (marker.isEmpty() || marker.get().mayBeAlive()) {
			return Optional.empty();
		}
		return Optional.of(new DeadRun(folder, marker.get(), size(folder)));
	}

	/**
	 * Deletes a dead run's folder, after checking again that it still is one.
	 *
	 * @return false when the folder is no longer a dead run (and was left alone)
	 */
	public static boolean delete(DeadRun run) throws IOException {
		if (deadRun(run.folder()).isEmpty()) {
			return false;
		}
		Files.walkFileTree(run.folder(), new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (!file.getFileName().toString().equals(RunMarker.FILE_NAME)) {
					Files.delete(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				if (dir.equals(run.folder())) {
					// the marker goes last, so a deletion that stops midway still shows a dead run
					RunMarker.remove(dir);
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
		return true;
	}

	private static long size(Path folder) throws IOException {
		long[] total = { 0 };
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				total[0] += attrs.size();
				return FileVisitResult.CONTINUE;
			}
		});
		return total[0];
	}
}
