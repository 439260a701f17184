package org.laserdamage.materials;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.laserdamage.materials.internal.MaterialCsvWriter;

/**
 * Writes materials as JSON ({@link MaterialJson}) or as CSV folders
 * (docs/material-csv.md), in SI units; {@link MaterialImport#read} reads both
 * back to equal {@link Material}s. Files appear complete or not at all: each is
 * written next to its destination first and then moved into place.
 */
public final class MaterialExport {

	private MaterialExport() {
	}

	/** Writes {@code materials} to one JSON file, replacing it if it exists; creates missing parent folders. */
	public static void writeJson(List<Material> materials, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (Writer writer = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
				MaterialJson.write(materials, writer);
			}
			try {
				Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(staging);
		}
	}

	/**
	 * Writes one material as a CSV folder: material.csv and one file per table.
	 *
	 * @param folder created if missing
	 * @throws FileAlreadyExistsException when {@code folder} exists and is not empty; nothing is written then
	 */
	public static void writeCsv(Material material, Path folder) throws IOException {
		requireEmpty(folder);
		Path staging = stage(material, folder);
		try {
			publish(staging, folder);
		} finally {
			deleteStaging(staging);
		}
	}

	/**
	 * Writes each material into its own CSV folder {@code parent/<id>} (see
	 * {@link #folderName}), the layout that {@link MaterialImport#read} reads back
	 * as a whole.
	 *
	 * @param materials materials with distinct ids
	 * @return the folders written, in the order of {@code materials}
	 * @throws FileAlreadyExistsException when one of the folders exists and is not empty; nothing is written then
	 */
	public static List<Path> writeCsv(List<Material> materials, Path parent) throws IOException {
		Map<Path, String> ids = new HashMap<>();
		List<Path> folders = new ArrayList<>();
		for (Material m : materials) {
			Path folder = parent.resolve(folderName(m.id()));
			String other = ids.putIfAbsent(folder, m.id());
			if (other != null) {
				throw new IllegalArgumentException("Materials '" + other + "' and '" + m.id() + "' would both be written to " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ folder + "; export them separately"); //$NON-NLS-1$
			}
			requireEmpty(folder);
			folders.add(folder);
		}
		List<Path> staged = new ArrayList<>();
		try {
			for (int i = 0; i < materials.size(); i++) {
				staged.add(stage(materials.get(i), folders.get(i)));
			}
			for (int i = 0; i < folders.size(); i++) {
				publish(staged.get(i), folders.get(i));
			}
		} finally {
			for (Path s : staged) {
				deleteStaging(s);
			}
		}
		return List.copyOf(folders);
	}

	/**
	 * @return the folder name used for a material id: the id, with characters
	 *         that are not letters, digits, '.', '-' or '_' replaced by '_'
	 */
	public static String folderName(String id) {
		String name = id.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "_" + name : name; //$NON-NLS-1$
	}

	private static void requireEmpty(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> list = Files.list(folder)) {
				if (list.findAny().isEmpty()) {
					return;
				}
			}
		}
		if (Files.exists(folder)) {
			throw new FileAlreadyExistsException(folder.toString(), null, (Files.isDirectory(folder) ? "exists and is not empty" //$NON-NLS-1$
					: "is a file") + "; choose another folder or move it away first"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Path stage(Material material, Path folder) throws IOException {
		Path parent = folder.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".tmp-"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			MaterialCsvWriter.write(material, staging);
		} catch (IOException | RuntimeException e) {
			deleteStaging(staging);
			throw e;
		}
		return staging;
	}

	private static void publish(Path staging, Path folder) throws IOException {
		Files.deleteIfExists(folder);
		Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Deletes a staging folder this class created, if it is still there. */
	private static void deleteStaging(Path staging) throws IOException {
		if (!Files.exists(staging)) {
			return;
		}
		try (Stream<Path> files = Files.walk(staging)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
