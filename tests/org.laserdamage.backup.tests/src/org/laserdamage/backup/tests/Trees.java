package org.laserdamage.backup.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Folder trees for the tests: written, and read as path → content (folders as "dir"). */
final class Trees {

	private Trees() {
	}

	static void write(Path root, String relative, String content) throws IOException {
		Path file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	/** @return every file and folder below {@code root}, with the files' bytes as text (hex for binary) */
	static Map<String, String> read(Path root) throws IOException {
		Map<String, String> tree = new TreeMap<>();
		if (!Files.exists(root)) {
			return tree;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (p.equals(root)) {
					continue;
				}
				String key = root.relativize(p).toString();
				tree.put(key, Files.isDirectory(p) ? "dir" : Arrays.toString(Files.readAllBytes(p)));
			}
		}
		return tree;
	}

	/** @return every path below {@code root} */
	static java.util.Set<Path> paths(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		}
	}
}
