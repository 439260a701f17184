package org.laserdamage.results.ui.internal.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.CsvText;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

/**
 * The run's tables as CSV in the conventions of the run directory
 * (docs/result-format.md): UTF-8, {@code \n} line ends, one header line, SI
 * values in Java's round-trip form, {@code NaN} for an unknown value, text
 * quoted when it holds a comma, a quote or outer blanks. Display units do
 * not apply: exported files are for scripts.
 */
public final class ResultsCsv {

	/** Writes one CSV file's content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(Writer out) throws IOException;
	}

	private ResultsCsv() {
	}

	/** Writes {@code content} to {@code file}, replacing it. */
	public static void write(Path file, Content content) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			content.writeTo(out);
		}
	}

	/** {@code time_s} and one column per probe, K: the values of probes.csv. */
	public static Content probes(ProbeSeries probes) {
		return out -> {
			out.write("time_s"); //$NON-NLS-1$
			for (String name : probes.names()) {
				out.write(',');
				out.write(quote(name));
			}
			out.write('\n');
			double[] times = probes.times();
			double[][] temperatures = new double[probes.names().size()][];
			for (int p = 0; p < temperatures.length; p++) {
				temperatures[p] = probes.temperatures(p);
			}
			for (int s = 0; s < times.length; s++) {
				out.write(Double.toString(times[s]));
				for (double[] column : temperatures) {
					out.write(',');
					out.write(Double.toString(column[s]));
				}
				out.write('\n');
			}
		};
	}

	/** {@code time_s,criterion}: the damage events in the order they were reached. */
	public static Content events(List<DamageEvent> events) {
		return out -> {
			out.write("time_s,criterion\n"); //$NON-NLS-1$
			for (DamageEvent event : events) {
				out.write(Double.toString(event.time()) + ',' + quote(event.criterion()) + '\n');
			}
		};
	}

	/** {@code criterion,reached,time_s,margin,margin_unit}: the damage summary. */
	public static Content criteria(List<CriterionSummary> criteria) {
		return out -> {
			out.write("criterion,reached,time_s,margin,margin_unit\n"); //$NON-NLS-1$
			for (CriterionSummary c : criteria) {
				out.write(quote(c.criterion()) + ',' + c.reached() + ',' + c.time() + ',' + c.margin() + ','
						+ quote(c.marginUnit()) + '\n');
			}
		};
	}

	/**
	 * {@code r_m,z_m,T_K}: one row per cell at its centre, front row first and
	 * each row from the axis outwards (the order of the snapshot files).
	 */
	public static Content snapshot(FieldMesh fieldMesh, FieldSnapshot snapshot) {
		return out -> {
			MeshDescription mesh = fieldMesh.mesh();
			int nr = mesh.radialCells();
			double[] t = snapshot.temperature();
			out.write("r_m,z_m,T_K\n"); //$NON-NLS-1$
			for (int j = 0; j < mesh.axialCells(); j++) {
				String z = Double.toString(mesh.zCentre(j));
				for (int i = 0; i < nr; i++) {
					out.write(Double.toString(mesh.rCentre(i)) + ',' + z + ',' + t[j * nr + i] + '\n');
				}
			}
		};
	}

	/**
	 * @return {@code text}, quoted as RFC 4180 asks when it holds a comma, a quote, a line break or outer blanks,
	 *         and with a leading apostrophe (quoted) when a spreadsheet would take it for a formula ({@link CsvText})
	 */
	static String quote(String text) {
		String safe = CsvText.neutralise(text);
		boolean plain = safe.equals(text) && text.equals(text.strip())
				&& text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return plain ? text : '"' + safe.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
