package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;

/** A damaged run directory fails with a message naming the file and, for CSV, the line. */
class MalformedFilesTest {

	@TempDir
	Path dir;

	private String failure(Path runDirectory) {
		return assertThrows(IOException.class, () -> RunResults.open(runDirectory)).getMessage();
	}

	private static void assertMentions(String message, String... parts) {
		for (String part : parts) {
			assertTrue(message.contains(part), () -> "'" + part + "' missing from: " + message); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void badNumberInProbesNamesLineAndColumn() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Path probes = dir.resolve(RunDirectory.PROBES);
		List<String> lines = Files.readAllLines(probes);
		lines.set(3, lines.get(3).replaceFirst(",[^,]+,", ",12x4.5,")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.write(probes, lines);
		assertMentions(failure(dir), RunDirectory.PROBES + " line 4", "'front centre'", "'12x4.5' is not a number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void missingValueInProbesNamesLine() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Path probes = dir.resolve(RunDirectory.PROBES);
		List<String> lines = Files.readAllLines(probes);
		lines.set(6, lines.get(6).substring(0, lines.get(6).lastIndexOf(',')));
		Files.write(probes, lines);
		assertMentions(failure(dir), RunDirectory.PROBES + " line 7", "expected 4 values", "found 3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void wrongProbeHeader() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Files.writeString(dir.resolve(RunDirectory.PROBES), "t,a\n0,300\n", StandardCharsets.UTF_8); //$NON-NLS-1$
		assertMentions(failure(dir), RunDirectory.PROBES + " line 1", "time_s"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void notARunDirectory() {
		assertMentions(failure(dir), "is not a run directory", RunDirectory.PROBES); //$NON-NLS-1$
	}

	@Test
	void truncatedSnapshotIsReported() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Path file = dir.resolve(RunDirectory.FIELDS).resolve(RunDirectory.snapshotFileName(2));
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 8));
		RunResults results = RunResults.open(dir);
		String message = assertThrows(IOException.class, () -> results.loadSnapshot(2)).getMessage();
		assertMentions(message, RunDirectory.snapshotFileName(2), "cut short"); //$NON-NLS-1$
	}

	@Test
	void indexMayNotPointOutsideTheFieldsFolder() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Path index = dir.resolve(RunDirectory.INDEX);
		List<String> lines = Files.readAllLines(index);
		lines.set(2, "1,5.0E-4,output,../summary.json"); //$NON-NLS-1$
		Files.write(index, lines);
		assertMentions(failure(dir), "index.csv line 3", "not a plain file name"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void meshWithWrongFaceCountNamesKey() throws IOException {
		SyntheticRun.write(dir, "Plate", false, true); //$NON-NLS-1$
		Path mesh = dir.resolve(RunDirectory.MESH);
		Files.writeString(mesh, Files.readString(mesh).replace("\"radialCells\": 30", "\"radialCells\": 31")); //$NON-NLS-1$ //$NON-NLS-2$
		assertMentions(failure(dir), "mesh.json", "'rFaces'", "radialCells + 1 = 32"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
