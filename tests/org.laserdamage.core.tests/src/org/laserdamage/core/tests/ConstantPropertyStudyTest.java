package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.solver.CriterionKind;

/**
 * A study whose only material has constant k, ρ, c_p and neither melting nor
 * boiling data goes through the mapper and the built-in solver: the surface
 * follows validation case 1 of PHYSICS.md (finite slab, flux 1e6 W/m² into the
 * front, everything else insulated; 80.809 K rise after 1 s), nothing melts,
 * and the melt criteria say "not applicable" instead of a margin.
 */
class ConstantPropertyStudyTest {

	private static final double T0 = 300;
	private static final double RADIUS = 1e-3;
	private static final double FLUX = 1e6;
	private static final double CASE_1_SURFACE_RISE_AT_1_S = 80.809;


	@TempDir
	Path tmp;

	private String out;
	private String err;

	static Material constantSteel() {
		Material.Builder b = Material.builder("constant-steel").name("Constant steel (case 1)").materialClass(MaterialClass.METAL)
				.density(TemperatureTable.constant(7800)).specificHeat(TemperatureTable.constant(500))
				.conductivity(TemperatureTable.constant(50)).emissivity(TemperatureTable.constant(0.5))
				.absorptivity(new AbsorptivityTable(new double[] { 1.064e-6 }, new TemperatureTable[] { TemperatureTable.constant(1) }));
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.EMISSIVITY, PropertyKind.ABSORPTIVITY)) {
			b.source(kind, new Source("Validation case 1, PHYSICS.md", "", "constant test properties"));
		}
		return b.build();
	}

	private Path study() throws Exception {
		return study(false);
	}

	private Path study(boolean verify) throws Exception {
		double power = FLUX * Math.PI * RADIUS * RADIUS;
		Path file = tmp.resolve("constant.ldsim");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<study:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:study="http://www.laserdamage.org/study/1.0" name="Constant-property slab">
				  <laser wavelength="1.064E-6" power="%s" absorptivityOverride="1.0">
				    <spatialProfile xsi:type="study:TopHatProfile" radius="%s"/>
				    <temporalProfile xsi:type="study:ContinuousWave"/>
				  </laser>
				  <target radius="%s" initialTemperature="%s">
				    <layers name="Slab" materialId="constant-steel" thickness="0.01" axialCells="50"/>
				  </target>
				  <environment ambientTemperature="%s" frontConvection="0.0" backConvection="0.0" frontEmissivity="0.0"
				      backEmissivity="0.0" rimConvection="0.0"/>
				  <mesh radialCells="2" radialGrading="1.0" axialGrading="1.0"/>
				  <solver endTime="1.0" initialTimeStep="1.0E-5" maxTimeStep="2.5E-3" maxTemperatureChange="0.5" outputInterval="0.1" verify="%s"/>
				  <damageCriteria meltOnset="true" meltThrough="true" peakTemperatureThreshold="2000.0"/>
				  <probes name="front-centre" r="0.0" z="0.0"/>
				</study:Study>
				""".formatted(power, RADIUS, RADIUS, T0, T0, verify));
		return file;
	}

	@Test
	void theCommandImportsShowsAndRunsAMaterialThatNeverMelts() throws Exception {
		Path json = tmp.resolve("constant.json");
		try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
			MaterialJson.write(List.of(constantSteel()), w);
		}
		assertEquals(0, cli("materials", "import", json.toString()), err);
		assertEquals(0, cli("materials", "show", "constant-steel"), err);
		assertTrue(out.contains("no melting data (the material never melts)") && out.contains("no boiling data"), out);
		assertFalse(out.contains("Melting range"), out);

		assertEquals(0, cli("run", study().toString(), "--out", tmp.resolve("cli-run").toString()), err);
		assertTrue(out.lines().anyMatch(l -> l.contains("melt-onset") && l.contains("not applicable")), out);
		assertTrue(out.lines().anyMatch(l -> l.contains("melt-through") && l.contains("not applicable")), out);
		assertFalse(out.contains("NaN"), out);
		assertTrue(err.contains("never melts"), "the mapper's note is printed as a warning: " + err);
	}

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private int cli(String... args) {
		int code = command.run(args);
		out = command.out();
		err = command.err();
		return code;
	}

	@Test
	void runsOnTheBuiltInSolverMatchesCaseOneAndNeverMelts() throws Exception {
		IMaterialLibrary library = MaterialLibraries.of("test library", List.of(constantSteel()));
		Path file = study();
		StudyPreparation.Prepared prepared = StudyPreparation.prepare(file, List.of(), library);

		RunStudyOperation.Outcome outcome = new RunStudyOperation(prepared.study(), file, tmp.resolve("run"), library,
				prepared.warnings()).execute(new NullProgressMonitor());

		RunSummary summary = outcome.summary();
		double rise = summary.peak().temperature() - T0;
		System.out.printf("constant-property case 1: surface rise %.3f K, exact %.3f K%n", rise, CASE_1_SURFACE_RISE_AT_1_S);
		assertEquals(CASE_1_SURFACE_RISE_AT_1_S, rise, 0.01 * CASE_1_SURFACE_RISE_AT_1_S);
		assertEquals(1.0, summary.finalTime(), 1e-9);
		for (CriterionKind kind : List.of(CriterionKind.MELT_ONSET, CriterionKind.MELT_THROUGH)) {
			CriterionSummary c = summary.criterion(kind).orElseThrow();
			assertFalse(c.reached(), kind.name());
			assertFalse(c.applicable(), kind.name());
			assertEquals("not applicable", c.status(), kind.name());
		}
		assertTrue(summary.criterion(CriterionKind.PEAK_TEMPERATURE).orElseThrow().applicable());
		assertTrue(summary.warnings().stream().anyMatch(w -> w.contains("has no melting data, so it never melts")),
				summary.warnings().toString());
		assertFalse(summary.warnings().stream().anyMatch(w -> w.contains("boiling point")), summary.warnings().toString());
		assertTrue(Double.isNaN(summary.layers().get(0).solidus()));

		RunSummary read = SummaryJson.read(outcome.runDirectory().resolve(RunDirectory.SUMMARY));
		assertEquals("not applicable", read.criterion(CriterionKind.MELT_ONSET).orElseThrow().status());
		assertTrue(Double.isNaN(read.layers().get(0).solidus()));
		String report = Files.readString(outcome.report());
		assertTrue(report.contains("never melts") && report.contains("not applicable"), "report.html");
	}

	/**
	 * The discretisation check on case 1: the estimated error of the peak
	 * (surface) temperature has the sign and the size of the true error
	 * against the exact 80.809 K, and the extrapolated value is closer to it
	 * than the run's own; the CLI prints the check and the report shows it.
	 */
	@Test
	void theDiscretisationCheckEstimatesTheTrueErrorOfCaseOne() throws Exception {
		IMaterialLibrary library = MaterialLibraries.of("test library", List.of(constantSteel()));
		Path file = study(true);
		StudyPreparation.Prepared prepared = StudyPreparation.prepare(file, List.of(), library);
		RunStudyOperation.Outcome outcome = new RunStudyOperation(prepared.study(), file, tmp.resolve("verified"), library,
				prepared.warnings()).execute(new NullProgressMonitor());

		VerificationSummary check = outcome.summary().verificationCheck().orElseThrow();
		assertNull(check.failure());
		assertEquals(3, check.levels().size(), check.levels().toString());
		DiscretisationEstimate peak = check.estimate(DiscretisationEstimate.PEAK_TEMPERATURE).orElseThrow();
		double trueError = T0 + CASE_1_SURFACE_RISE_AT_1_S - peak.fine();
		System.out.printf("case 1 check: fine %.4f K, medium %.4f K, coarse %.4f K, order %.3f (%s), estimated error %+.4f K,"
				+ " true error %+.4f K, extrapolated %.4f K%n", peak.fine(), peak.medium(), peak.coarse(), peak.order(),
				peak.observedOrder() ? "observed" : "assumed", peak.error(), trueError, peak.extrapolated());
		assertTrue(peak.estimated());
		assertTrue(Math.abs(peak.extrapolated() - T0 - CASE_1_SURFACE_RISE_AT_1_S) < Math.abs(trueError),
				"the extrapolated value is closer to the exact one than the run's");
		assertEquals(trueError, peak.error(), 0.25 * Math.abs(trueError), "the estimate is the true error within 25 %");

		RunSummary read = SummaryJson.read(outcome.runDirectory().resolve(RunDirectory.SUMMARY));
		assertEquals(check, read.verificationCheck().orElseThrow());
		String report = Files.readString(outcome.report());
		assertTrue(report.contains("<h2>Discretisation error</h2>"), "report.html has the check");

		Path json = tmp.resolve("constant.json");
		try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
			MaterialJson.write(List.of(constantSteel()), w);
		}
		assertEquals(0, cli("materials", "import", json.toString()), err);
		assertEquals(0, cli("run", study().toString(), "--verify", "--out", tmp.resolve("cli-verified").toString()), err);
		assertTrue(out.contains("Discretisation check (Richardson"), out);
		assertTrue(out.lines().anyMatch(l -> l.contains("peak temperature:") && l.contains("estimated error")), out);
		assertEquals(2, cli("run", study().toString(), "--verify=yes"), out);
		assertTrue(err.contains("--verify takes no value"), err);
	}
}
