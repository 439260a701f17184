package org.laserdamage.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The {@code manifest.json} of a backup set: who wrote it, when, what it
 * holds, and the size and SHA-256 of every archive.
 *
 * @param format         {@value #FORMAT}
 * @param id             the set's id, its UTC time {@code yyyyMMdd_HHmmss}
 * @param created        when it was started (ISO-8601)
 * @param product        the product and version that wrote it
 * @param schemaVersions the schema version of each database it holds
 * @param items          what it holds
 * @param state          {@value #VERIFIED}, {@value #FAILED} or {@value #WRITING}
 * @param verified       when it was last read back and matched (ISO-8601), or null
 * @param problem        why it failed, or null
 */
public record Manifest(String format, String id, String created, String product, Map<String, Integer> schemaVersions,
		List<Item> items, String state, String verified, String problem) {

	public static final String FORMAT = "laserdamage-backup/1"; //$NON-NLS-1$
	public static final String FILE = "manifest.json"; //$NON-NLS-1$
	public static final String VERIFIED = "verified"; //$NON-NLS-1$
	public static final String FAILED = "failed"; //$NON-NLS-1$
	public static final String WRITING = "writing"; //$NON-NLS-1$

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	/**
	 * One archive of the set.
	 *
	 * @param name     the item's name
	 * @param content  databases, results, configuration or userdata
	 * @param location where it came from (and is restored to by default)
	 * @param archive  the archive's file name
	 * @param size     the archive's size in bytes
	 * @param sha256   the archive's SHA-256, hex
	 * @param entries  files and folders it holds
	 * @param bytes    the bytes of the files it holds
	 */
	public record Item(String name, String content, String location, String archive, long size, String sha256,
			int entries, long bytes) {
	}

	/** @return this manifest with another state */
	public Manifest with(String newState, String when, String why) {
		return new Manifest(format, id, created, product, schemaVersions, items, newState, when, why);
	}

	/** @return whether it was verified (when it was written, or last checked) */
	public boolean isVerified() {
		return VERIFIED.equals(state);
	}

	/** @return the whole bytes of the files the set holds */
	public long bytes() {
		return items.stream().mapToLong(Item::bytes).sum();
	}

	/** @return the size of its archives */
	public long size() {
		return items.stream().mapToLong(Item::size).sum();
	}

	/** Writes the manifest into {@code folder}, replacing the old one atomically. */
	public void write(Path folder) throws IOException {
		Path file = folder.resolve(FILE);
		Path temporary = folder.resolve(FILE + ".new"); //$NON-NLS-1$
		Files.writeString(temporary, GSON.toJson(this), StandardCharsets.UTF_8);
		try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * @return the manifest of the set in {@code folder}
	 * @throws IOException when there is none or it cannot be read as one
	 */
	public static Manifest read(Path folder) throws IOException {
		String text = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8);
		try {
			Manifest m = GSON.fromJson(text, Manifest.class);
			if (m == null || !FORMAT.equals(m.format()) || m.id() == null || m.items() == null) {
				throw new IOException(folder.resolve(FILE) + " is not the manifest of a Laser Damage backup set"); //$NON-NLS-1$
			}
			return m;
		} catch (JsonParseException e) {
			throw new IOException(folder.resolve(FILE) + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
