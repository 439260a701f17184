package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.LayerSummary;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.solver.CriterionKind;

/**
 * The fused-silica example (a CO₂ beam absorbed inside the window) runs from
 * the command line, and its results say the layer was semi-transparent.
 */
class SemiTransparentExampleTest {

	@TempDir
	Path tmp;

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	@Test
	void theFusedSilicaExampleRunsAndItsResultsShowTheAbsorptionCoefficient() throws Exception {
		String study = Paths.get("../../examples/fused-silica-co2.ldsim").toAbsolutePath().normalize().toString(); //$NON-NLS-1$
		Path out = tmp.resolve("silica"); //$NON-NLS-1$
		assertEquals(0, command.run("run", study, "--out", out.toString()), command.err()); //$NON-NLS-1$ //$NON-NLS-2$

		RunSummary summary = SummaryJson.read(out.resolve(RunDirectory.SUMMARY));
		LayerSummary window = summary.layers().get(0);
		assertEquals(1e5, window.absorptionCoefficient(), 1e-9);
		// the 50 W beam softens the window shortly before the end of the 1 s run (0.855 s when written)
		CriterionSummary softening = summary.criterion(CriterionKind.MELT_ONSET).orElseThrow();
		assertTrue(softening.reached() && softening.time() > 0.7 && softening.time() < 1.0, softening.toString());
		assertTrue(Math.abs(summary.energyBalanceError()) < 1e-6, "energy balance " + summary.energyBalanceError()); //$NON-NLS-1$
		String report = Files.readString(out.resolve(RunDirectory.REPORT));
		assertTrue(report.contains("1.000e+05 1/m (depth 10") && report.contains("<th>Absorption</th>"), //$NON-NLS-1$ //$NON-NLS-2$
				"report.html shows the absorption coefficient and depth"); //$NON-NLS-1$
	}
}
