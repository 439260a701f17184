package org.laserdamage.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** fields/index.csv: {@code index,time_s,label,file}, one row per snapshot in the order they were written. */
final class SnapshotIndex {

	static final String HEADER = "index,time_s,label,file\n"; //$NON-NLS-1$

	private SnapshotIndex() {
	}

	static String row(SnapshotEntry entry) {
		return Csv.row(List.of(Integer.toString(entry.index()), Csv.number(entry.time()), Csv.quote(entry.label()),
				Csv.quote(entry.file())));
	}

	static String text(List<SnapshotEntry> entries) {
		StringBuilder text = new StringBuilder(HEADER);
		entries.forEach(e -> text.append(row(e)));
		return text.toString();
	}

	static List<SnapshotEntry> read(Path file) throws IOException {
		List<Csv.Line> lines = Csv.read(file);
		// columns added by a later version come after these and are ignored
		if (lines.isEmpty() || !Csv.startsWith(lines.get(0), HEADER)) {
			throw new IOException(file + " line 1: the header must start with '" + HEADER.strip() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int columns = lines.get(0).fields().size();
		List<SnapshotEntry> entries = new ArrayList<>();
		for (Csv.Line line : lines.subList(1, lines.size())) {
			Csv.requireFields(file, line, columns, HEADER.strip());
			double index = Csv.parse(file, line, 0, "index"); //$NON-NLS-1$
			if (index != entries.size()) {
				throw new IOException(file + " line " + line.number() + ": index must be " + entries.size() //$NON-NLS-1$ //$NON-NLS-2$
						+ " (rows are numbered from 0 in order), was " + line.fields().get(0)); //$NON-NLS-1$
			}
			String name = CsvText.restore(line.fields().get(3));
			// the name is resolved against fields/: refuse anything that could point elsewhere
			if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw new IOException(file + " line " + line.number() + ": '" + name //$NON-NLS-1$ //$NON-NLS-2$
						+ "' is not a plain file name in the fields folder"); //$NON-NLS-1$
			}
			entries.add(new SnapshotEntry(entries.size(), Csv.parse(file, line, 1, "time_s"), CsvText.restore(line.fields().get(2)), //$NON-NLS-1$
					name));
		}
		return entries;
	}
}
