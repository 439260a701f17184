package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.results.CsvText;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunWriter;
import org.laserdamage.solver.MeshDescription;

/** User names in the run's CSV files cannot be taken for formulas by a spreadsheet, and read back unchanged. */
class CsvInjectionTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-z", "@SUM(A1)", "\tTab", "'quoted", "=1+2,3" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	void probeNamesAreNeutralisedAndReadBack(String name) throws IOException {
		try (RunWriter writer = new RunWriter(dir, List.of("plain", name), List.of("Plate"))) { //$NON-NLS-1$ //$NON-NLS-2$
			writer.probeSample(0, new double[] { 300, 301 });
		}
		String header = Files.readAllLines(dir.resolve(RunDirectory.PROBES)).get(0);
		String cell = header.substring("time_s,plain,".length()); //$NON-NLS-1$
		assertTrue(cell.startsWith("\"'"), "a leading apostrophe inside quotes: " + header); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("plain", name), RunResults.open(dir).probes().names()); //$NON-NLS-1$
	}

	@Test
	void textCellsKeepTheirValue() {
		for (String text : new String[] { "", "plain", "=x", "'=x", "''", "-", "a=b" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			assertEquals(text, CsvText.restore(CsvText.neutralise(text)));
			assertTrue(!CsvText.isFormula(CsvText.neutralise(text)), text);
		}
	}

	@Test
	void meshFacesMustBeFiniteInsteadOfAGsonError() throws IOException {
		try (RunWriter writer = new RunWriter(dir, List.of(), List.of("Plate"))) { //$NON-NLS-1$
			RuntimeException e = assertThrows(RuntimeException.class, () -> writer.meshReady(new MeshDescription(
					new double[] { 0, Double.POSITIVE_INFINITY }, new double[] { 0, 1 }, new int[] { 0 })));
			assertTrue(e.getMessage().contains("rFaces[1]") && !e.getMessage().contains("serializeSpecial"), //$NON-NLS-1$ //$NON-NLS-2$
					e.getMessage());
		}
	}
}
