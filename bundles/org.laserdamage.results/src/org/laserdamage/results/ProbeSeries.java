package org.laserdamage.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The temperature histories of probes.csv: one time column and one column per probe, K. */
public final class ProbeSeries {

	private static final String TIME = "time_s"; //$NON-NLS-1$

	private final List<String> names;
	private final double[] times;
	private final double[][] temperatures;

	private ProbeSeries(List<String> names, double[] times, double[][] temperatures) {
		this.names = List.copyOf(names);
		this.times = times;
		this.temperatures = temperatures;
	}

	/** @return probe names in column order */
	public List<String> names() {
		return names;
	}

	public int sampleCount() {
		return times.length;
	}

	/** @return sample times, s */
	public double[] times() {
		return times.clone();
	}

	/** @return the temperatures of probe {@code probe} (column order), K, one per sample */
	public double[] temperatures(int probe) {
		return temperatures[probe].clone();
	}

	static String header(List<String> names) {
		StringBuilder line = new StringBuilder(TIME);
		for (String name : names) {
			line.append(',').append(Csv.quote(name));
		}
		return line.append('\n').toString();
	}

	static ProbeSeries read(Path file) throws IOException {
		List<Csv.Line> lines = Csv.read(file);
		if (lines.isEmpty()) {
			throw new IOException(file + " line 1: the header line is missing"); //$NON-NLS-1$
		}
		List<String> header = lines.get(0).fields();
		if (!TIME.equals(header.get(0).strip())) {
			throw new IOException(file + " line 1: the first column must be '" + TIME + "', was '" + header.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<String> names = header.subList(1, header.size()).stream().map(CsvText::restore).toList();
		int samples = lines.size() - 1;
		double[] times = new double[samples];
		double[][] temperatures = new double[names.size()][samples];
		String what = TIME + " and " + names.size() + " probes"; //$NON-NLS-1$ //$NON-NLS-2$
		for (int s = 0; s < samples; s++) {
			Csv.Line line = lines.get(s + 1);
			Csv.requireFields(file, line, header.size(), what);
			times[s] = Csv.parse(file, line, 0, TIME);
			for (int p = 0; p < names.size(); p++) {
				temperatures[p][s] = Csv.parse(file, line, p + 1, names.get(p));
			}
		}
		return new ProbeSeries(names, times, temperatures);
	}
}
