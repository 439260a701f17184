package org.laserdamage.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.ThermalProblem;

/**
 * Writes a run directory while the solver runs. Every probe sample, event
 * and snapshot is on disk (flushed to the operating system) before the
 * listener call returns, so a crash or a cancelled solve keeps what was
 * computed; {@link #finish(RunSummary)} then adds summary.json, whose
 * presence marks a run that completed.
 * <p>
 * Listener methods cannot throw checked exceptions: a failed write surfaces
 * as an {@link UncheckedIOException} naming the file, which ends the solve
 * rather than let it run on without saving. Not thread-safe: call it from
 * the solver's thread.
 */
public final class RunWriter implements ISolutionListener, AutoCloseable {

	private final Path directory;
	private final List<String> probeNames;
	private final List<String> layerNames;
	private final List<SnapshotEntry> entries = new ArrayList<>();
	private final Writer probes;
	private final Writer events;
	private final Writer index;
	private MeshDescription mesh;
	private boolean meltThroughPending;
	private boolean closed;

	/**
	 * Creates the run directory (if needed) and the files that grow during the run.
	 *
	 * @param probeNames column names of probes.csv, in the order of the samples
	 * @param layerNames layer names, front to back, for fields/mesh.json
	 * @throws IOException when the directory cannot be written or already holds a run
	 */
	public RunWriter(Path directory, List<String> probeNames, List<String> layerNames) throws IOException {
		this.directory = directory;
		this.probeNames = List.copyOf(probeNames);
		this.layerNames = List.copyOf(layerNames);
		Files.createDirectories(directory.resolve(RunDirectory.FIELDS));
		List<Writer> opened = new ArrayList<>();
		try {
			probes = create(RunDirectory.PROBES, ProbeSeries.header(this.probeNames), opened);
			events = create(RunDirectory.EVENTS, EventsFile.HEADER, opened);
			index = create(RunDirectory.INDEX, SnapshotIndex.HEADER, opened);
		} catch (IOException e) {
			for (Writer w : opened) {
				try {
					w.close();
				} catch (IOException suppressed) {
					e.addSuppressed(suppressed);
				}
			}
			throw e;
		}
	}

	/** @return a writer whose probe and layer names are those of {@code problem} */
	public static RunWriter forProblem(Path directory, ThermalProblem problem) throws IOException {
		return new RunWriter(directory, problem.probes().stream().map(Probe::name).toList(),
				problem.layers().stream().map(Layer::name).toList());
	}

	public Path directory() {
		return directory;
	}

	/** External solvers keep their input, output and log beside the results. */
	@Override
	public Optional<Path> runDirectory() {
		return Optional.of(directory);
	}

	@Override
	public void meshReady(MeshDescription description) {
		checkOpen();
		try {
			new FieldMesh(description, layerNames).write(directory.resolve(RunDirectory.MESH));
		} catch (IOException e) {
			throw failure(RunDirectory.MESH, e);
		}
		mesh = description;
	}

	@Override
	public void probeSample(double time, double[] temperatures) {
		checkOpen();
		if (temperatures.length != probeNames.size()) {
			throw new IllegalArgumentException("Expected " + probeNames.size() + " probe temperatures, got " //$NON-NLS-1$ //$NON-NLS-2$
					+ temperatures.length);
		}
		StringBuilder line = new StringBuilder(Csv.number(time));
		for (double t : temperatures) {
			line.append(',').append(Csv.number(t));
		}
		append(probes, RunDirectory.PROBES, line.append('\n').toString());
	}

	@Override
	public void snapshot(FieldSnapshot snapshot) {
		checkOpen();
		if (mesh == null) {
			throw new IllegalStateException("A snapshot arrived before the mesh"); //$NON-NLS-1$
		}
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		if (snapshot.temperature().length != nr * nz || snapshot.liquidFraction().length != nr * nz) {
			throw new IllegalArgumentException("A snapshot of this mesh needs " + nr * nz + " values per field, got " //$NON-NLS-1$ //$NON-NLS-2$
					+ snapshot.temperature().length + " temperatures and " + snapshot.liquidFraction().length //$NON-NLS-1$
					+ " liquid fractions"); //$NON-NLS-1$
		}
		int i = entries.size();
		String label;
		if (meltThroughPending) {
			label = RunDirectory.LABEL_MELT_THROUGH;
			meltThroughPending = false;
		} else {
			label = i == 0 ? RunDirectory.LABEL_INITIAL : RunDirectory.LABEL_OUTPUT;
		}
		SnapshotEntry entry = new SnapshotEntry(i, snapshot.time(), label, RunDirectory.snapshotFileName(i));
		String name = RunDirectory.FIELDS + "/" + entry.file(); //$NON-NLS-1$
		try {
			SnapshotFile.write(directory.resolve(name), snapshot, nr, nz);
		} catch (IOException e) {
			throw failure(name, e);
		}
		// listed only once the file is complete, so a reader never follows the index to half a snapshot
		entries.add(entry);
		append(index, RunDirectory.INDEX, SnapshotIndex.row(entry));
	}

	@Override
	public void criterionReached(CriterionKind kind, double time) {
		checkOpen();
		append(events, RunDirectory.EVENTS, EventsFile.row(new DamageEvent(time, CriterionSummary.id(kind))));
		if (kind == CriterionKind.MELT_THROUGH) {
			meltThroughPending = true;
		}
	}

	/**
	 * Completes a run that finished: labels the last snapshot "final" (unless it
	 * is the melt-through snapshot that ended the run), writes summary.json and
	 * closes the writer.
	 */
	public void finish(RunSummary summary) throws IOException {
		checkOpen();
		int last = entries.size() - 1;
		if (last >= 0 && !RunDirectory.LABEL_MELT_THROUGH.equals(entries.get(last).label())) {
			SnapshotEntry e = entries.get(last);
			entries.set(last, new SnapshotEntry(e.index(), e.time(), RunDirectory.LABEL_FINAL, e.file()));
			index.close();
			AtomicFiles.write(directory.resolve(RunDirectory.INDEX),
					SnapshotIndex.text(entries).getBytes(StandardCharsets.UTF_8));
		}
		SummaryJson.write(summary, directory.resolve(RunDirectory.SUMMARY));
		close();
	}

	/** Closes the files without a summary, as for a failed or cancelled solve. Idempotent. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		IOException failure = null;
		for (Writer w : List.of(probes, events, index)) {
			try {
				w.close();
			} catch (IOException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private Writer create(String name, String header, List<Writer> opened) throws IOException {
		Path file = directory.resolve(name);
		Writer w;
		try {
			w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
		} catch (FileAlreadyExistsException e) {
			throw new IOException(directory + " already holds a run (" + name + " exists); choose an empty folder", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		opened.add(w);
		w.write(header);
		w.flush();
		return w;
	}

	private void append(Writer w, String name, String text) {
		try {
			w.write(text);
			w.flush();
		} catch (IOException e) {
			throw failure(name, e);
		}
	}

	private UncheckedIOException failure(String name, IOException e) {
		return new UncheckedIOException("Cannot write " + directory.resolve(name) + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("The run writer for " + directory + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
