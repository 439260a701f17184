package org.laserdamage.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** events.csv: {@code time_s,criterion}, one row per criterion reached, in the order reported. */
final class EventsFile {

	static final String HEADER = "time_s,criterion\n"; //$NON-NLS-1$

	private EventsFile() {
	}

	static String row(DamageEvent event) {
		return Csv.row(List.of(Csv.number(event.time()), Csv.quote(event.criterion())));
	}

	static List<DamageEvent> read(Path file) throws IOException {
		List<Csv.Line> lines = Csv.read(file);
		// columns added by a later version come after these and are ignored
		if (lines.isEmpty() || !Csv.startsWith(lines.get(0), HEADER)) {
			throw new IOException(file + " line 1: the header must start with '" + HEADER.strip() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int columns = lines.get(0).fields().size();
		List<DamageEvent> events = new ArrayList<>();
		for (Csv.Line line : lines.subList(1, lines.size())) {
			Csv.requireFields(file, line, columns, HEADER.strip());
			events.add(new DamageEvent(Csv.parse(file, line, 0, "time_s"), CsvText.restore(line.fields().get(1)))); //$NON-NLS-1$
		}
		return events;
	}
}
