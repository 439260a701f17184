package org.laserdamage.headless;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.DeadRuns;
import org.laserdamage.core.OutputFolders;
import org.laserdamage.core.RunMarker;
import org.laserdamage.core.RunStatus;

/**
 * Publishes the run directory an attempt wrote elsewhere (a cluster node's
 * attempt folder) to {@code --out} as a local run publishes its own: copied
 * into {@code <out>.incomplete-…} with a {@link RunMarker} first (a process
 * killed while copying leaves a folder {@code laserdamage cleanup} finds),
 * the previous contents of {@code --out} moved to {@code <out>.previous-…},
 * then renamed. The attempt folder stays as the job's record.
 */
final class RunPublisher {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private RunPublisher() {
	}

	/** @return messages for the user (where the previous contents went) */
	static List<String> publish(Path runDirectory, Path outDir) throws CoreException {
		OutputFolders.prepareParent(outDir);
		Instant now = Instant.now();
		Path staging = sibling(outDir, DeadRuns.INCOMPLETE, now);
		List<String> messages = new ArrayList<>();
		try {
			Files.createDirectory(staging);
			RunMarker.ofThisProcess(now).writeTo(staging);
			copy(runDirectory, staging);
			if (Files.exists(outDir) && !isEmptyDirectory(outDir)) {
				Path previous = sibling(outDir, ".previous-", now); //$NON-NLS-1$
				Files.move(outDir, previous);
				messages.add(NLS.bind(Messages.Run_previousKept, outDir, previous));
			} else {
				Files.deleteIfExists(outDir);
			}
			Files.move(staging, outDir);
			RunMarker.remove(outDir);
			return messages;
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Run_cannotPublish, new Object[] { runDirectory, outDir,
					e.getMessage(), staging }), e);
		}
	}

	private static Path sibling(Path outDir, String infix, Instant when) {
		return outDir.resolveSibling(outDir.getFileName() + infix + STAMP.format(when));
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (!file.getFileName().toString().equals(RunMarker.FILE_NAME)) {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}
}
