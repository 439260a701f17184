package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunWriter;
import org.laserdamage.results.SnapshotEntry;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

/** A run written through {@link RunWriter} reads back through {@link RunResults} exactly (bit for bit). */
class RunRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void finishedRunReadsBackExactly() throws IOException {
		SyntheticRun run = SyntheticRun.write(dir, "Plate", true, true); //$NON-NLS-1$
		RunResults results = RunResults.open(dir);

		assertEquals(run.summary, results.summary().orElseThrow());

		FieldMesh mesh = results.mesh().orElseThrow();
		assertArrayEquals(run.mesh.rFaces(), mesh.mesh().rFaces());
		assertArrayEquals(run.mesh.zFaces(), mesh.mesh().zFaces());
		assertArrayEquals(run.mesh.layerOfRow(), mesh.mesh().layerOfRow());
		assertEquals(SyntheticRun.LAYERS, mesh.layerNames());
		List<FieldMesh.Span> spans = mesh.layerSpans();
		assertEquals(2, spans.size());
		assertEquals(SyntheticRun.COATING, spans.get(0).back(), 1e-15);
		assertEquals(SyntheticRun.THICKNESS, spans.get(1).back());

		ProbeSeries probes = results.probes();
		assertEquals(SyntheticRun.PROBES, probes.names());
		assertEquals(run.probeRows.size(), probes.sampleCount());
		for (int s = 0; s < probes.sampleCount(); s++) {
			assertEquals(run.probeRows.get(s)[0], probes.times()[s]);
			for (int p = 0; p < probes.names().size(); p++) {
				assertEquals(run.probeRows.get(s)[p + 1], probes.temperatures(p)[s]);
			}
		}

		List<SnapshotEntry> entries = results.snapshots();
		assertEquals(run.snapshots.size(), entries.size());
		for (int i = 0; i < entries.size(); i++) {
			FieldSnapshot expected = run.snapshots.get(i);
			FieldSnapshot actual = results.loadSnapshot(i);
			assertEquals(i, entries.get(i).index());
			assertEquals(expected.time(), entries.get(i).time());
			assertEquals(expected.time(), actual.time());
			assertArrayEquals(expected.temperature(), actual.temperature());
			assertArrayEquals(expected.liquidFraction(), actual.liquidFraction());
		}
		assertEquals(RunDirectory.LABEL_INITIAL, entries.get(0).label());
		assertEquals(RunDirectory.LABEL_OUTPUT, entries.get(1).label());
		SnapshotEntry meltThrough = results.snapshot(RunDirectory.LABEL_MELT_THROUGH).orElseThrow();
		assertEquals(SyntheticRun.MELT_THROUGH_TIME, meltThrough.time());
		assertEquals(RunDirectory.LABEL_FINAL, results.lastSnapshot().orElseThrow().label());
		assertEquals(SyntheticRun.END, results.lastSnapshot().orElseThrow().time());
		assertEquals(meltThrough, results.snapshotNearest(3.65e-3).orElseThrow());

		assertEquals(List.of(new DamageEvent(1.2e-3, "melt-onset"), //$NON-NLS-1$
				new DamageEvent(SyntheticRun.MELT_THROUGH_TIME, "melt-through")), results.events()); //$NON-NLS-1$
		assertTrue(results.files().contains(Path.of(RunDirectory.SUMMARY)));
		assertTrue(results.files().contains(Path.of(RunDirectory.INDEX)));
		try (var listing = Files.list(dir.resolve(RunDirectory.FIELDS))) {
			assertTrue(listing.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files left behind"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void probeHeaderQuotesNamesWithCommas() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		String header = Files.readAllLines(dir.resolve(RunDirectory.PROBES)).get(0);
		assertEquals("time_s,front centre,back centre,\"front, r = 2 mm\"", header); //$NON-NLS-1$
	}

	@Test
	void cancelledRunKeepsWhatWasComputed() throws IOException {
		SyntheticRun run = SyntheticRun.write(dir, "Plate", false, false); //$NON-NLS-1$
		RunResults results = RunResults.open(dir);
		assertTrue(results.summary().isEmpty());
		assertEquals(run.snapshots.size(), results.snapshots().size());
		assertEquals(RunDirectory.LABEL_OUTPUT, results.lastSnapshot().orElseThrow().label());
		assertEquals(run.probeRows.size(), results.probes().sampleCount());
		assertFalse(results.snapshot(RunDirectory.LABEL_MELT_THROUGH).isPresent());
	}

	@Test
	void lineCutShortByACrashIsLeftOut() throws IOException {
		SyntheticRun run = SyntheticRun.write(dir, "Plate", false, false); //$NON-NLS-1$
		Files.writeString(dir.resolve(RunDirectory.PROBES), "0.0055,123", StandardCharsets.UTF_8, //$NON-NLS-1$
				StandardOpenOption.APPEND);
		assertEquals(run.probeRows.size(), RunResults.open(dir).probes().sampleCount());
	}

	@Test
	void refusesToOverwriteARun() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> new RunWriter(dir, List.of(), List.of("L"))); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("already holds a run"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void runWithoutProbesOrFields() throws IOException {
		try (RunWriter writer = new RunWriter(dir, List.of(), List.of("Plate"))) { //$NON-NLS-1$
			writer.probeSample(0, new double[0]);
		}
		RunResults results = RunResults.open(dir);
		assertEquals(1, results.probes().sampleCount());
		assertTrue(results.probes().names().isEmpty());
		assertTrue(results.mesh().isEmpty());
		assertTrue(results.snapshots().isEmpty());
	}

	@Test
	void writerRejectsMismatchedData() throws IOException {
		try (RunWriter writer = new RunWriter(dir, List.of("a"), List.of("L"))) { //$NON-NLS-1$ //$NON-NLS-2$
			assertThrows(IllegalArgumentException.class, () -> writer.probeSample(0, new double[2]));
			assertThrows(IllegalStateException.class,
					() -> writer.snapshot(new FieldSnapshot(0, new double[1], new double[1])));
			writer.meshReady(new MeshDescription(new double[] { 0, 1 }, new double[] { 0, 1 },
					new int[] { 0 }));
			assertThrows(IllegalArgumentException.class,
					() -> writer.snapshot(new FieldSnapshot(0, new double[2], new double[2])));
		}
	}
}
