package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.report.ComparisonReport;
import org.laserdamage.report.RunComparison;
import org.laserdamage.results.RunResults;

/**
 * The differences of two synthetic run directories with known curves, sampled
 * at different times: T₁ = 300 + 1000 t and T₂ = 300 + 1050 t differ by 50 t
 * on [0, 1] s, so max |ΔT| = 50 K and RMS over time = 50/√3 K exactly; a
 * constant 10 K offset has max and RMS 10 K; a run that ends earlier is
 * compared on the span both cover.
 */
class RunComparisonTest {

	@TempDir
	Path tmp;

	private Path run(String name, String probes, String events) throws Exception {
		Path dir = Files.createDirectories(tmp.resolve(name));
		Files.writeString(dir.resolve("probes.csv"), probes, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(dir.resolve("events.csv"), events, StandardCharsets.UTF_8); //$NON-NLS-1$
		return dir;
	}

	private RunComparison comparison() throws Exception {
		Path a = run("a", "time_s,front,back\n0.0,300.0,400.0\n0.5,800.0,400.0\n1.0,1300.0,400.0\n", //$NON-NLS-1$ //$NON-NLS-2$
				"time_s,criterion\n0.4,melt-onset\n0.9,melt-through\n"); //$NON-NLS-1$
		Path b = run("b", "time_s,front,back\n0.0,300.0,410.0\n0.25,562.5,410.0\n0.75,1087.5,410.0\n0.8,1140.0,410.0\n1.0,1350.0,410.0\n", //$NON-NLS-1$ //$NON-NLS-2$
				"time_s,criterion\n0.41,melt-onset\n"); //$NON-NLS-1$
		return RunComparison.of(List.of(new RunComparison.Run("a", RunResults.open(a)), //$NON-NLS-1$
				new RunComparison.Run("b", RunResults.open(b)))); //$NON-NLS-1$
	}

	@Test
	void maxAndRmsOfKnownCurvesAreExact() throws Exception {
		RunComparison c = comparison();
		assertEquals(2, c.probes().size());
		RunComparison.ProbeDifference front = c.probes().get(0);
		assertEquals("front", front.probe()); //$NON-NLS-1$
		assertEquals(50.0, front.maxAbs(), 1e-9);
		assertEquals(50.0 / Math.sqrt(3), front.rms(), 1e-9);
		assertEquals(0.0, front.from());
		assertEquals(1.0, front.to());
		RunComparison.ProbeDifference back = c.probes().get(1);
		assertEquals(10.0, back.maxAbs(), 1e-9);
		assertEquals(10.0, back.rms(), 1e-9);
	}

	@Test
	void onlyTheSpanBothCoverIsCompared() {
		RunComparison.ProbeDifference d = RunComparison.difference("p", "b", new double[] { 0, 1, 2 }, //$NON-NLS-1$ //$NON-NLS-2$
				new double[] { 0, 0, 0 }, new double[] { 0, 0.8 }, new double[] { 0, 8 });
		assertEquals(0.8, d.to());
		assertEquals(8.0, d.maxAbs(), 1e-12);
		assertEquals(8.0 / Math.sqrt(3), d.rms(), 1e-12);
	}

	@Test
	void criterionTimesAndTheirDifferences() throws Exception {
		RunComparison c = comparison();
		RunComparison.CriterionTimes onset = c.criteria().get(0);
		assertEquals("melt-onset", onset.criterion()); //$NON-NLS-1$
		assertEquals(0.01, onset.difference(1), 1e-12);
		assertEquals(0.025, onset.relative(1), 1e-12);
		RunComparison.CriterionTimes through = c.criteria().get(1);
		assertEquals("melt-through", through.criterion()); //$NON-NLS-1$
		assertTrue(Double.isNaN(through.times()[1]) && Double.isNaN(through.difference(1)), "not reached: no difference"); //$NON-NLS-1$
	}

	@Test
	void reportAndCsvAreWritten() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("cmp")); //$NON-NLS-1$
		ComparisonReport.write(comparison(), "synthetic", List.of("same settings"), out, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
		String html = Files.readString(out.resolve(ComparisonReport.HTML));
		assertTrue(html.contains("data:image/png;base64,") && html.contains("same settings") && !html.contains("<script"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"self-contained, with plots and the notes"); //$NON-NLS-1$
		List<String> lines = Files.readAllLines(out.resolve(ComparisonReport.CSV));
		assertEquals(ComparisonReport.CSV_HEADER, lines.get(0));
		// 2 probes × (max, RMS) + 2 criteria + peak, cells, wall time
		assertEquals(1 + 4 + 2 + 3, lines.size(), String.join("\n", lines)); //$NON-NLS-1$
		String[] rms = CompareSolversTest.row(lines, "probe", "front", "rms-difference"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(50.0 / Math.sqrt(3), Double.parseDouble(rms[7]), 1e-9);
		String[] onset = CompareSolversTest.row(lines, "criterion", "melt-onset", "time"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0.025, Double.parseDouble(onset[8]), 1e-12);
	}
}
