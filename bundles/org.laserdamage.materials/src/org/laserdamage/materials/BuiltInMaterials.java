package org.laserdamage.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The materials shipped with the workbench, read from the bundle resource
 * {@value #RESOURCE}. Each property carries its literature source; see the
 * bundle's data/README.md for the format and how the values were derived.
 */
public final class BuiltInMaterials implements IMaterialLibrary {

	/** Path of the data file, relative to the bundle (class path) root. */
	public static final String RESOURCE = "/data/builtin-materials.json"; //$NON-NLS-1$

	private static volatile BuiltInMaterials instance;

	private final IMaterialLibrary library;
	private final List<Material> records;

	private BuiltInMaterials(List<Material> records) {
		this.records = records;
		this.library = MaterialLibraries.of(name(), records);
	}

	/**
	 * @return the built-in library; read once, then shared (it is immutable)
	 * @throws IllegalStateException when the shipped file is missing or invalid, a build defect
	 */
	public static BuiltInMaterials load() {
		BuiltInMaterials result = instance;
		if (result == null) {
			synchronized (BuiltInMaterials.class) {
				result = instance;
				if (result == null) {
					result = read();
					instance = result;
				}
			}
		}
		return result;
	}

	private static BuiltInMaterials read() {
		try (InputStream in = BuiltInMaterials.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The built-in material data " + RESOURCE //$NON-NLS-1$
						+ " is not in the bundle; check bin.includes in build.properties"); //$NON-NLS-1$
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return new BuiltInMaterials(MaterialJson.read(reader, RESOURCE));
			}
		} catch (IOException | MaterialFormatException e) {
			throw new IllegalStateException("The built-in material data cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	@Override
	public String name() {
		return "built-in materials"; //$NON-NLS-1$
	}

	@Override
	public Optional<Material> find(String id) {
		return library.find(id);
	}

	@Override
	public List<Material> materials() {
		return library.materials();
	}

	/** @return every record of the file in file order, older versions included */
	public List<Material> records() {
		return records;
	}
}
