package org.laserdamage.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.laserdamage.solver.MeshDescription;

import com.google.gson.Gson;

/**
 * The mesh of the field snapshots with the names of its layers, as stored in
 * fields/mesh.json.
 *
 * @param mesh       faces in m and the layer of each axial row
 * @param layerNames front to back, indexed by {@link MeshDescription#layerOfRow()}
 */
public record FieldMesh(MeshDescription mesh, List<String> layerNames) {

	/** The depth range of one layer. */
	public record Span(String name, double front, double back) {
	}

	public FieldMesh {
		Objects.requireNonNull(mesh, "mesh"); //$NON-NLS-1$
		layerNames = List.copyOf(layerNames);
		if (mesh.layerOfRow().length != mesh.axialCells()) {
			throw new IllegalArgumentException("Need one layer index per axial row: " + mesh.axialCells() //$NON-NLS-1$
					+ " rows but " + mesh.layerOfRow().length + " layer indices"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int layer : mesh.layerOfRow()) {
			if (layer < 0 || layer >= layerNames.size()) {
				throw new IllegalArgumentException("Layer index " + layer + " has no name (" + layerNames.size() //$NON-NLS-1$ //$NON-NLS-2$
						+ " layer names)"); //$NON-NLS-1$
			}
		}
	}

	/** @return the layers in the mesh, front to back, with the depths of their faces in m */
	public List<Span> layerSpans() {
		List<Span> spans = new ArrayList<>();
		int[] layerOfRow = mesh.layerOfRow();
		double[] z = mesh.zFaces();
		int first = 0;
		for (int j = 1; j <= layerOfRow.length; j++) {
			if (j == layerOfRow.length || layerOfRow[j] != layerOfRow[first]) {
				spans.add(new Span(layerNames.get(layerOfRow[first]), z[first], z[j]));
				first = j;
			}
		}
		return spans;
	}

	void write(Path file) throws IOException {
		Gson gson = new Gson();
		// one key per line, arrays on one line: readable, and no line per face as pretty printing would give
		String json = "{\n" //$NON-NLS-1$
				+ "  \"formatVersion\": " + RunDirectory.FORMAT_VERSION + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"radialCells\": " + mesh.radialCells() + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"axialCells\": " + mesh.axialCells() + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"rFaces\": " + numbers(file, "rFaces", mesh.rFaces()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "  \"zFaces\": " + numbers(file, "zFaces", mesh.zFaces()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "  \"layerOfRow\": " + gson.toJson(mesh.layerOfRow()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"layerNames\": " + gson.toJson(layerNames) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "}\n"; //$NON-NLS-1$
		AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
	}

	/** @return a JSON array of {@code values}; JSON has no NaN or infinity, so such a face is an error, not a Gson message */
	private static String numbers(Path file, String key, double[] values) throws IOException {
		StringBuilder json = new StringBuilder("["); //$NON-NLS-1$
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IOException(file + ": " + key + "[" + i + "] is " + values[i] //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "; the mesh faces must be finite numbers"); //$NON-NLS-1$
			}
			json.append(i == 0 ? "" : ",").append(values[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return json.append(']').toString();
	}

	static FieldMesh read(Path file) throws IOException {
		JsonNode o = JsonNode.read(file);
		o.checkFormatVersion(RunDirectory.FORMAT_VERSION);
		int nr = o.integer("radialCells"); //$NON-NLS-1$
		int nz = o.integer("axialCells"); //$NON-NLS-1$
		double[] r = o.numbers("rFaces"); //$NON-NLS-1$
		double[] z = o.numbers("zFaces"); //$NON-NLS-1$
		int[] layerOfRow = o.integers("layerOfRow"); //$NON-NLS-1$
		List<String> names = o.strings("layerNames"); //$NON-NLS-1$
		if (nr < 1 || r.length != nr + 1) {
			throw o.error("rFaces", "must hold radialCells + 1 = " + (nr + 1) + " values, has " + r.length); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (nz < 1 || z.length != nz + 1) {
			throw o.error("zFaces", "must hold axialCells + 1 = " + (nz + 1) + " values, has " + z.length); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		increasing(o, "rFaces", r); //$NON-NLS-1$
		increasing(o, "zFaces", z); //$NON-NLS-1$
		try {
			return new FieldMesh(new MeshDescription(r, z, layerOfRow), names);
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static void increasing(JsonNode o, String key, double[] faces) throws IOException {
		for (int i = 1; i < faces.length; i++) {
			if (!(faces[i] > faces[i - 1])) {
				throw o.error(key + "[" + i + "]", "must be larger than the face before it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
