package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.results.RunDirectory;

/**
 * A prescribed front-face temperature set in the study
 * (environment.frontTemperature): the constant-property slab of case 1, 10 mm
 * thick with an insulated back, starts at T0 = 300 K and has its front held at
 * T1 = 800 K. With s = √(α t) the rise is the semi-infinite solution and its
 * images (odd about the held face, even about the insulated back, period 4L),
 *
 * <pre>
 * T − T0 = (T1 − T0) [erfc(x / 2s) + erfc((2L − x) / 2s) − erfc((2L + x) / 2s) − …]
 * </pre>
 *
 * (the next, erfc((4L − x)/2s), is below 1e-8 at t = 1 s, s = 3.6 mm). The
 * beam is not used, and the study is warned about it.
 */
class HeldFrontTemperatureTest {

	private static final double T0 = 300;
	private static final double HELD = 800;
	private static final double L = 0.01;
	private static final double ALPHA = 50 / (7800.0 * 500);

	@TempDir
	Path tmp;

	/** erfc by the Abramowitz–Stegun 7.1.26 rational approximation (|error| ≤ 1.5e-7). */
	static double erfc(double x) {
		double t = 1 / (1 + 0.3275911 * x);
		double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
		return poly * Math.exp(-x * x);
	}

	static double exact(double x, double t) {
		double s = Math.sqrt(ALPHA * t);
		return (HELD - T0) * (erfc(x / (2 * s)) + erfc((2 * L - x) / (2 * s)) - erfc((2 * L + x) / (2 * s)));
	}

	@Test
	void theHeldFaceDiffusesAsTheErfcSolutionWithItsImage() throws Exception {
		Path file = tmp.resolve("held.ldsim");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<study:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:study="http://www.laserdamage.org/study/1.0" name="Held front face">
				  <laser wavelength="1.064E-6" power="100.0" absorptivityOverride="1.0">
				    <spatialProfile xsi:type="study:TopHatProfile" radius="0.001"/>
				    <temporalProfile xsi:type="study:ContinuousWave"/>
				  </laser>
				  <target radius="0.001" initialTemperature="300.0">
				    <layers name="Slab" materialId="constant-steel" thickness="0.01" axialCells="100"/>
				  </target>
				  <environment ambientTemperature="300.0" frontConvection="0.0" backConvection="0.0" frontEmissivity="0.0"
				      backEmissivity="0.0" rimConvection="0.0" frontTemperature="800.0"/>
				  <mesh radialCells="2" radialGrading="1.0" axialGrading="1.0"/>
				  <solver endTime="1.0" initialTimeStep="1.0E-5" maxTimeStep="2.5E-3" maxTemperatureChange="0.5" outputInterval="0.5"/>
				  <damageCriteria meltOnset="false" meltThrough="false"/>
				  <probes name="front" r="0.0" z="0.0"/>
				  <probes name="z1mm" r="0.0" z="0.001"/>
				  <probes name="z2.5mm" r="0.0" z="0.0025"/>
				  <probes name="back" r="0.0" z="0.01"/>
				</study:Study>
				""");
		IMaterialLibrary library = MaterialLibraries.of("test library", List.of(ConstantPropertyStudyTest.constantSteel()));
		StudyPreparation.Prepared prepared = StudyPreparation.prepare(file, List.of(), library);
		assertTrue(prepared.warnings().stream().anyMatch(w -> w.startsWith("environment.frontTemperature:")
				&& w.contains("beam")), prepared.warnings().toString());
		RunStudyOperation.Outcome outcome = new RunStudyOperation(prepared.study(), file, tmp.resolve("run"), library,
				prepared.warnings()).execute(new NullProgressMonitor());

		List<String> lines = Files.readAllLines(outcome.runDirectory().resolve(RunDirectory.PROBES));
		String[] last = lines.get(lines.size() - 1).split(",");
		double t = Double.parseDouble(last[0]);
		assertEquals(1.0, t, 1e-12);
		double[] depths = { 0, 0.001, 0.0025, L };
		double scale = HELD - T0;
		for (int p = 0; p < depths.length; p++) {
			double rise = Double.parseDouble(last[p + 1]) - T0;
			double reference = exact(depths[p], t);
			System.out.printf("held front: z = %.1f mm: %.3f K, exact %.3f K (%+.3f %% of the held rise)%n", depths[p] * 1e3,
					rise, reference, 100 * (rise - reference) / scale);
			assertEquals(reference, rise, 0.001 * scale, "rise at z = " + depths[p] + " m");
		}
		assertTrue(Math.abs(outcome.summary().energyBalanceError()) < 1e-6, "energy " + outcome.summary().energyBalanceError());
	}
}
