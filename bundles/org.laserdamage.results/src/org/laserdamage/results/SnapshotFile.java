package org.laserdamage.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.laserdamage.solver.FieldSnapshot;

/**
 * One field snapshot: a single ASCII header line, then the arrays it names as
 * little-endian IEEE float64, each nz × nr values row-major (j outer, j = 0
 * the front row). Binary keeps the doubles exact and the files about a third
 * of the size of CSV; the text header keeps them self-describing and
 * readable with numpy in three lines (see docs/result-format.md).
 */
final class SnapshotFile {

	static final String MAGIC = "ldw-field"; //$NON-NLS-1$
	static final String TEMPERATURE = "temperature_K"; //$NON-NLS-1$
	static final String LIQUID_FRACTION = "liquidFraction"; //$NON-NLS-1$
	private static final int MAX_HEADER = 4096;

	private SnapshotFile() {
	}

	static void write(Path file, FieldSnapshot snapshot, int nr, int nz) throws IOException {
		String header = String.format(Locale.ROOT,
				"%s formatVersion=%d nr=%d nz=%d time_s=%s arrays=%s,%s type=float64 byteOrder=little-endian\n", //$NON-NLS-1$
				MAGIC, RunDirectory.FORMAT_VERSION, nr, nz, Double.toString(snapshot.time()), TEMPERATURE,
				LIQUID_FRACTION);
		byte[] head = header.getBytes(StandardCharsets.US_ASCII);
		int n = nr * nz;
		ByteBuffer buffer = ByteBuffer.allocate(head.length + 2 * n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(head);
		buffer.asDoubleBuffer().put(snapshot.temperature()).put(snapshot.liquidFraction());
		AtomicFiles.write(file, buffer.array());
	}

	/** Reads a snapshot, checking that it is complete and matches the mesh. */
	static FieldSnapshot read(Path file, int nr, int nz) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int eol = -1;
		for (int i = 0; i < Math.min(bytes.length, MAX_HEADER); i++) {
			if (bytes[i] == '\n') {
				eol = i;
				break;
			}
		}
		if (eol < 0) {
			throw new IOException(file + ": no header line (is this a field snapshot?)"); //$NON-NLS-1$
		}
		String[] tokens = new String(bytes, 0, eol, StandardCharsets.US_ASCII).strip().split(" +"); //$NON-NLS-1$
		if (!MAGIC.equals(tokens[0])) {
			throw new IOException(file + ": the header does not start with '" + MAGIC + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, String> header = new HashMap<>();
		for (int i = 1; i < tokens.length; i++) {
			int eq = tokens[i].indexOf('=');
			if (eq > 0) {
				header.put(tokens[i].substring(0, eq), tokens[i].substring(eq + 1));
			}
		}
		int version = (int) headerNumber(file, header, "formatVersion"); //$NON-NLS-1$
		if (version < 1 || version > RunDirectory.FORMAT_VERSION) {
			throw new IOException(file + " has format version " + version + "; this workbench reads versions 1 to " //$NON-NLS-1$ //$NON-NLS-2$
					+ RunDirectory.FORMAT_VERSION + ". Open it with a newer workbench."); //$NON-NLS-1$
		}
		if (!"float64".equals(header.get("type")) || !"little-endian".equals(header.get("byteOrder"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			throw new IOException(file + ": only type=float64 byteOrder=little-endian is supported"); //$NON-NLS-1$
		}
		double fileNr = headerNumber(file, header, "nr"); //$NON-NLS-1$
		double fileNz = headerNumber(file, header, "nz"); //$NON-NLS-1$
		if (fileNr != nr || fileNz != nz) {
			throw new IOException(file + ": holds " + (long) fileNr + " × " + (long) fileNz //$NON-NLS-1$ //$NON-NLS-2$
					+ " cells (nr × nz) but the mesh has " + nr + " × " + nz); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double time = headerNumber(file, header, "time_s"); //$NON-NLS-1$
		List<String> arrays = Arrays.asList(header.getOrDefault("arrays", "").split(",")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int n = nr * nz;
		long expected = (long) arrays.size() * n * Double.BYTES;
		long found = bytes.length - (eol + 1L);
		if (found != expected) {
			throw new IOException(file + ": expected " + expected + " bytes of data after the header but found " + found //$NON-NLS-1$ //$NON-NLS-2$
					+ " (file cut short?)"); //$NON-NLS-1$
		}
		DoubleBuffer data = ByteBuffer.wrap(bytes, eol + 1, bytes.length - eol - 1).order(ByteOrder.LITTLE_ENDIAN)
				.asDoubleBuffer();
		return new FieldSnapshot(time, array(file, data, arrays, TEMPERATURE, n),
				array(file, data, arrays, LIQUID_FRACTION, n));
	}

	private static double[] array(Path file, DoubleBuffer data, List<String> arrays, String name, int n)
			throws IOException {
		int position = arrays.indexOf(name);
		if (position < 0) {
			throw new IOException(file + ": the header lists no array '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double[] values = new double[n];
		data.position(position * n).get(values);
		return values;
	}

	private static double headerNumber(Path file, Map<String, String> header, String key) throws IOException {
		String text = header.get(key);
		if (text == null) {
			throw new IOException(file + ": the header has no '" + key + "='"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new IOException(file + ": header value " + key + "=" + text + " is not a number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
