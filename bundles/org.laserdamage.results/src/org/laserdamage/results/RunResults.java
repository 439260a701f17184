package org.laserdamage.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.laserdamage.solver.FieldSnapshot;

/**
 * A run directory read back. The small files are read when it is opened;
 * snapshots are loaded on demand. A run that did not finish (crash, cancel)
 * opens too: it has no summary and its last snapshot is not labelled final.
 * Opening a directory still being written shows it as it was at that moment.
 */
public final class RunResults {

	private final Path directory;
	private final RunSummary summary;
	private final ProbeSeries probes;
	private final FieldMesh mesh;
	private final List<SnapshotEntry> snapshots;
	private final List<DamageEvent> events;

	private RunResults(Path directory, RunSummary summary, ProbeSeries probes, FieldMesh mesh,
			List<SnapshotEntry> snapshots, List<DamageEvent> events) {
		this.directory = directory;
		this.summary = summary;
		this.probes = probes;
		this.mesh = mesh;
		this.snapshots = List.copyOf(snapshots);
		this.events = List.copyOf(events);
	}

	/**
	 * Reads a run directory.
	 *
	 * @throws IOException when it is not a run directory or a file is malformed;
	 *                     the message names the file and, for CSV files, the line
	 */
	public static RunResults open(Path directory) throws IOException {
		Path probesFile = directory.resolve(RunDirectory.PROBES);
		if (!Files.isRegularFile(probesFile)) {
			throw new IOException(directory + " is not a run directory: it has no " + RunDirectory.PROBES); //$NON-NLS-1$
		}
		Path summaryFile = directory.resolve(RunDirectory.SUMMARY);
		Path meshFile = directory.resolve(RunDirectory.MESH);
		Path indexFile = directory.resolve(RunDirectory.INDEX);
		Path eventsFile = directory.resolve(RunDirectory.EVENTS);
		RunSummary summary = Files.exists(summaryFile) ? SummaryJson.read(summaryFile) : null;
		FieldMesh mesh = Files.exists(meshFile) ? FieldMesh.read(meshFile) : null;
		List<SnapshotEntry> snapshots = Files.exists(indexFile) ? SnapshotIndex.read(indexFile) : List.of();
		if (mesh == null && !snapshots.isEmpty()) {
			throw new IOException(indexFile + " lists snapshots but " + meshFile + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<DamageEvent> events = Files.exists(eventsFile) ? EventsFile.read(eventsFile) : List.of();
		return new RunResults(directory, summary, ProbeSeries.read(probesFile), mesh, snapshots, events);
	}

	public Path directory() {
		return directory;
	}

	/** @return the summary; empty when the run did not finish */
	public Optional<RunSummary> summary() {
		return Optional.ofNullable(summary);
	}

	public ProbeSeries probes() {
		return probes;
	}

	/** @return the mesh of the snapshots; empty when the solver failed before meshing */
	public Optional<FieldMesh> mesh() {
		return Optional.ofNullable(mesh);
	}

	/** @return the snapshots in the order they were written (by time); position = {@link SnapshotEntry#index()} */
	public List<SnapshotEntry> snapshots() {
		return snapshots;
	}

	/** @return the criteria reached, in the order the solver reported them */
	public List<DamageEvent> events() {
		return events;
	}

	/** @return the latest snapshot: the final field of a finished run */
	public Optional<SnapshotEntry> lastSnapshot() {
		return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
	}

	/** @return the first snapshot with this label, e.g. {@link RunDirectory#LABEL_MELT_THROUGH} */
	public Optional<SnapshotEntry> snapshot(String label) {
		return snapshots.stream().filter(s -> s.label().equals(label)).findFirst();
	}

	/** @return the snapshot closest in time to {@code time} (s); the earlier one on a tie */
	public Optional<SnapshotEntry> snapshotNearest(double time) {
		return snapshots.stream().min(Comparator.comparingDouble(s -> Math.abs(s.time() - time)));
	}

	/** Loads snapshot {@code index} (position in {@link #snapshots()}). */
	public FieldSnapshot loadSnapshot(int index) throws IOException {
		if (index < 0 || index >= snapshots.size()) {
			throw new IndexOutOfBoundsException("No snapshot " + index + " in " + directory + " (it has " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ snapshots.size() + ")"); //$NON-NLS-1$
		}
		SnapshotEntry entry = snapshots.get(index);
		Path file = directory.resolve(RunDirectory.FIELDS).resolve(entry.file());
		return SnapshotFile.read(file, mesh.mesh().radialCells(), mesh.mesh().axialCells());
	}

	/** @return the regular files of the run directory, relative to it, sorted by path */
	public List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).map(directory::relativize).sorted().toList();
		}
	}
}
