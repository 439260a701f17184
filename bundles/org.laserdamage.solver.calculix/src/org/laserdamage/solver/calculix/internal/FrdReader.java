package org.laserdamage.solver.calculix.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.laserdamage.solver.nodal.NodalState;

/**
 * Reads the nodal temperatures of an ASCII {@code .frd} file: every
 * {@code -4 NDTEMP} block, with the step number of the {@code 1PSTEP} record
 * before it and the time of its {@code 100CL} header (ccx writes it with six
 * significant digits). Node records are {@code -1}, the node number in
 * columns 4–13 and the value in 14–25; {@code -3} ends a block. A block cut
 * off by a cancelled or failed run is left out.
 */
public final class FrdReader {

	private FrdReader() {
	}

	/** Passes the complete NDTEMP blocks in file order to {@code sink}; none when the file does not exist. */
	public static void read(Path frd, int nodes, Consumer<NodalState> sink) throws IOException {
		if (!Files.isRegularFile(frd)) {
			return;
		}
		try (BufferedReader in = Files.newBufferedReader(frd, StandardCharsets.ISO_8859_1)) {
			int step = 0;
			double time = Double.NaN;
			double[] values = null;
			int seen = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String trimmed = line.trim();
				if (trimmed.startsWith("1PSTEP")) { //$NON-NLS-1$
					String[] tokens = trimmed.split("\\s+"); //$NON-NLS-1$
					step = Integer.parseInt(tokens[tokens.length - 1]);
				} else if (trimmed.startsWith("100C")) { //$NON-NLS-1$
					time = Double.parseDouble(line.substring(12, Math.min(24, line.length())).trim());
					values = null;
				} else if (trimmed.startsWith("-4")) { //$NON-NLS-1$
					values = trimmed.substring(2).trim().startsWith("NDTEMP") ? new double[nodes] : null; //$NON-NLS-1$
					if (values != null) {
						Arrays.fill(values, Double.NaN);
						seen = 0;
					}
				} else if (values != null && line.startsWith(" -1") && line.length() >= 25) { //$NON-NLS-1$
					int node = Integer.parseInt(line.substring(3, 13).trim());
					if (node >= 1 && node <= nodes && Double.isNaN(values[node - 1])) {
						values[node - 1] = Double.parseDouble(line.substring(13, 25).trim());
						seen++;
					}
				} else if (values != null && line.startsWith(" -3")) { //$NON-NLS-1$
					if (seen == nodes) {
						sink.accept(new NodalState(step, time, values));
					}
					values = null;
				}
			}
		} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
			throw new IOException("Unreadable record in " + frd + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
