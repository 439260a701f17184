package org.laserdamage.solver.ansys.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.laserdamage.solver.nodal.NodalState;

/**
 * Reads the text table the deck writes in {@code /POST1} ({@link ApdlDeck#TABLES}):
 * for every result set a line {@code SET k step time} followed by one line
 * {@code node temperature} per node of the mesh, and a last line
 * {@code END n}. Fortran writes the counts as {@code F10.0} ("12."), so
 * numbers are read as decimals. A set that lacks nodes (a file cut off) is
 * left out.
 */
public final class ResultTables {

	private ResultTables() {
	}

	/**
	 * Passes the complete sets in file order to {@code sink}; none when the file does not exist.
	 *
	 * @return whether the file ends with its {@code END} line
	 */
	public static boolean read(Path file, int nodes, Consumer<NodalState> sink) throws IOException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		int line = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			int step = 0;
			double time = Double.NaN;
			double[] values = null;
			int seen = 0;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				line++;
				String trimmed = text.trim();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (trimmed.startsWith("SET") || trimmed.startsWith("END")) { //$NON-NLS-1$ //$NON-NLS-2$
					if (values != null && seen == nodes) {
						sink.accept(new NodalState(step, time, values));
					}
					values = null;
					if (trimmed.startsWith("END")) { //$NON-NLS-1$
						return true;
					}
					String[] tokens = trimmed.substring(3).trim().split("\\s+"); //$NON-NLS-1$
					step = (int) Math.round(Double.parseDouble(tokens[1]));
					time = Double.parseDouble(tokens[2].replace('D', 'E'));
					values = new double[nodes];
					Arrays.fill(values, Double.NaN);
					seen = 0;
				} else if (values != null) {
					String[] tokens = trimmed.split("\\s+"); //$NON-NLS-1$
					int node = (int) Math.round(Double.parseDouble(tokens[0]));
					if (node >= 1 && node <= nodes && Double.isNaN(values[node - 1])) {
						values[node - 1] = Double.parseDouble(tokens[1].replace('D', 'E'));
						seen++;
					}
				}
			}
			if (values != null && seen == nodes) {
				sink.accept(new NodalState(step, time, values));
			}
			return false;
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			throw new IOException("Unreadable line " + line + " of " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
