package org.laserdamage.materials;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

import org.laserdamage.materials.internal.MaterialJsonReader;
import org.laserdamage.materials.internal.MaterialJsonWriter;

/**
 * Reads and writes materials in the JSON format documented in the bundle's
 * data/README.md (SI units throughout). What {@link #write} writes,
 * {@link #read} reads back to equal {@link Material}s.
 */
public final class MaterialJson {

	private MaterialJson() {
	}

	/**
	 * @param reader     the JSON text; the caller closes it
	 * @param sourceName the file or resource name used in error messages
	 * @return the materials in the order written, several versions of one id included
	 * @throws MaterialFormatException naming the line, material, field and fix when the text is not a valid material file
	 * @throws IOException             when reading fails
	 */
	public static List<Material> read(Reader reader, String sourceName) throws IOException, MaterialFormatException {
		return List.copyOf(MaterialJsonReader.read(reader, sourceName));
	}

	/**
	 * @param materials the materials to write, in this order
	 * @param writer    the destination; flushed, not closed
	 */
	public static void write(List<Material> materials, Writer writer) throws IOException {
		MaterialJsonWriter.write(materials, writer);
	}
}
