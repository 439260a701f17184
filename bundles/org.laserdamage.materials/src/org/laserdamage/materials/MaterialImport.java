package org.laserdamage.materials;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.laserdamage.materials.internal.MaterialCopies;
import org.laserdamage.materials.internal.MaterialCsvReader;

/**
 * Reads material files and stores them so that an import never half-applies:
 * every file is read and checked before anything is stored, and everything is
 * stored in one {@link IMaterialStore#saveAll} call. Formats: the JSON format
 * of {@link MaterialJson} and the CSV folders of docs/material-csv.md.
 */
public final class MaterialImport {

	/**
	 * What the import did with one material.
	 *
	 * @param material the stored record with its new version, or the stored record it equals when unchanged
	 * @param stored   false when the newest stored version already had exactly these values
	 */
	public record Imported(Material material, boolean stored) {
	}

	private MaterialImport() {
	}

	/**
	 * Reads every material under {@code path} without storing anything.
	 *
	 * @param path a .json file; a folder with material.csv (one material; naming
	 *             its material.csv works too); or a folder whose sub-folders each
	 *             hold one material in CSV form and whose .json files hold more
	 * @return the materials, folders and files taken in name order
	 * @throws MaterialFormatException naming the file, line, column and fix of the first problem
	 * @throws NoSuchFileException     when {@code path} does not exist
	 */
	public static List<Material> read(Path path) throws IOException, MaterialFormatException {
		if (!Files.exists(path)) {
			throw new NoSuchFileException(path.toString());
		}
		List<Material> materials = new ArrayList<>();
		Map<String, String> origins = new HashMap<>();
		if (Files.isDirectory(path)) {
			if (MaterialCsvReader.isMaterialFolder(path)) {
				materials.add(MaterialCsvReader.read(path));
			} else {
				readLibraryFolder(path, materials, origins);
			}
		} else {
			readFile(path, materials, origins);
		}
		return List.copyOf(materials);
	}

	private static void readLibraryFolder(Path folder, List<Material> materials, Map<String, String> origins)
			throws IOException, MaterialFormatException {
		List<Path> children;
		try (Stream<Path> list = Files.list(folder)) {
			children = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList(); //$NON-NLS-1$
		}
		for (Path child : children) {
			String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
			if (Files.isDirectory(child)) {
				if (!MaterialCsvReader.isMaterialFolder(child)) {
					throw new MaterialFormatException(child.toString(), 0, 0, "", "", //$NON-NLS-1$ //$NON-NLS-2$
							"this folder holds no " + MaterialCsvReader.materialFileName() + ".", //$NON-NLS-1$ //$NON-NLS-2$
							"each sub-folder of " + folder + " must hold one material in CSV form (see docs/material-csv.md);" //$NON-NLS-1$ //$NON-NLS-2$
									+ " move other folders out, or import a single material folder."); //$NON-NLS-1$
				}
				add(MaterialCsvReader.read(child), child.toString(), materials, origins);
			} else if (name.endsWith(".json") || name.endsWith(".csv")) { //$NON-NLS-1$ //$NON-NLS-2$
				readFile(child, materials, origins);
			}
		}
		if (materials.isEmpty()) {
			throw new MaterialFormatException(folder.toString(), 0, 0, "", "", "this folder holds no materials.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"import a .json file, a folder with " + MaterialCsvReader.materialFileName() //$NON-NLS-1$
							+ " and its tables, or a folder of such folders."); //$NON-NLS-1$
		}
	}

	private static void readFile(Path file, List<Material> materials, Map<String, String> origins)
			throws IOException, MaterialFormatException {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json")) { //$NON-NLS-1$
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				for (Material m : MaterialJson.read(reader, file.toString())) {
					add(m, file.toString(), materials, origins);
				}
			}
		} else if (name.equals(MaterialCsvReader.materialFileName())) {
			Path folder = file.toAbsolutePath().getParent();
			add(MaterialCsvReader.read(folder), folder.toString(), materials, origins);
		} else if (lower.endsWith(".csv")) { //$NON-NLS-1$
			throw new MaterialFormatException(file.toString(), 0, 0, "", "", //$NON-NLS-1$ //$NON-NLS-2$
					"a table file cannot be imported on its own: the material record and the sources are in " //$NON-NLS-1$
							+ MaterialCsvReader.materialFileName() + ".", //$NON-NLS-1$
					"import the folder that holds " + MaterialCsvReader.materialFileName() + " and the tables."); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			throw new MaterialFormatException(file.toString(), 0, 0, "", "", "this is not a material file.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"import a .json material file or a folder of CSV files (see docs/material-csv.md)."); //$NON-NLS-1$
		}
	}

	/** The same id and version from two files would be stored as two versions that claim to be one. */
	private static void add(Material m, String origin, List<Material> materials, Map<String, String> origins)
			throws MaterialFormatException {
		String key = m.id() + " v" + m.version(); //$NON-NLS-1$
		String previous = origins.putIfAbsent(key, origin);
		if (previous != null) {
			throw new MaterialFormatException(origin, 0, 0, m.id(), "version", //$NON-NLS-1$
					"version " + m.version() + " of this material is also in " + previous + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"import one of the two, or give the newer one a higher version."); //$NON-NLS-1$
		}
		materials.add(m);
	}

	/**
	 * Stores {@code materials} in one transaction. Versions of one id are stored
	 * oldest first so that the newest stays the newest; a material whose values
	 * equal the newest stored version of its id is not stored again (a later
	 * version of the same id in the list is then compared with that one).
	 *
	 * @return one entry per material, in the order stored: versions of one id together, ids in order of first appearance
	 * @throws MaterialStoreException when the store fails; then nothing is stored
	 */
	public static List<Imported> save(IMaterialStore store, List<Material> materials) throws MaterialStoreException {
		Map<String, List<Material>> byId = new LinkedHashMap<>();
		for (Material m : materials) {
			byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
		}
		List<Material> ordered = new ArrayList<>();
		byId.values().forEach(versions -> versions.stream().sorted(Comparator.comparingInt(Material::version)).forEach(ordered::add));
		List<Material> toStore = new ArrayList<>();
		Material[] unchanged = new Material[ordered.size()];
		Set<String> queued = new HashSet<>();
		for (int i = 0; i < ordered.size(); i++) {
			Material m = ordered.get(i);
			Material newest = queued.contains(m.id()) ? null : store.find(m.id()).orElse(null);
			if (newest != null && MaterialCopies.withVersion(m, newest.version()).equals(newest)) {
				unchanged[i] = newest;
			} else {
				queued.add(m.id());
				toStore.add(m);
			}
		}
		Iterator<Material> stored = (toStore.isEmpty() ? List.<Material>of() : store.saveAll(toStore)).iterator();
		List<Imported> result = new ArrayList<>();
		for (Material same : unchanged) {
			result.add(same != null ? new Imported(same, false) : new Imported(stored.next(), true));
		}
		return List.copyOf(result);
	}

	/**
	 * {@link #read} then {@link #save}: a file that cannot be read leaves the store untouched.
	 */
	public static List<Imported> importInto(IMaterialStore store, Path path)
			throws IOException, MaterialFormatException, MaterialStoreException {
		return save(store, read(path));
	}
}
