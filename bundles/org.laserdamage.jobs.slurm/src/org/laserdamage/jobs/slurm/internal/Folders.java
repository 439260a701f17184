package org.laserdamage.jobs.slurm.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Copies and removes folders between the shared folder and this computer, and reads the ends of logs. */
public final class Folders {

	private Folders() {
	}

	/** Copies {@code from} with everything in it to {@code to}, replacing files of the same name. */
	public static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Deletes {@code folder} and everything in it; nothing when it does not exist. */
	public static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** @return the last {@code count} lines of a text file, empty when it does not exist */
	public static String tail(Path file, int count) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
				lines = lines.subList(0, lines.size() - 1);
			}
			return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size())); //$NON-NLS-1$
		} catch (NoSuchFileException e) {
			return ""; //$NON-NLS-1$
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
