package org.laserdamage.materials.sources.testplugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.materials.MaterialLibraries;

/**
 * What a third party contributes to {@code org.laserdamage.materials.sources}:
 * a read-only library, here one material read from a JSON file in this
 * plug-in, as a company's qualified-materials plug-in would.
 */
public final class CompanyXMaterials implements IMaterialLibrary {

	/** Id of the one material this source holds. */
	public static final String MATERIAL_ID = "companyx-cx7-armour-steel"; //$NON-NLS-1$

	private static final String RESOURCE = "/data/company-x.json"; //$NON-NLS-1$

	private final IMaterialLibrary library;

	public CompanyXMaterials() throws IOException, MaterialFormatException {
		try (InputStream in = CompanyXMaterials.class.getResourceAsStream(RESOURCE);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			library = MaterialLibraries.of(name(), MaterialJson.read(reader, RESOURCE));
		}
	}

	@Override
	public String name() {
		return "Company X materials"; //$NON-NLS-1$
	}

	@Override
	public Optional<Material> find(String id) {
		return library.find(id);
	}

	@Override
	public List<Material> materials() {
		return library.materials();
	}
}
