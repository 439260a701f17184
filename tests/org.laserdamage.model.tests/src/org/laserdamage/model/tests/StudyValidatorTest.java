package org.laserdamage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.validation.StudyValidator;

class StudyValidatorTest {

	private static Study load(String name, String... overrides) throws Exception {
		Study study = StudyIO.load(Examples.file(name));
		for (String o : overrides) {
			FeaturePath.apply(study, o);
		}
		return study;
	}

	private static List<String> messages(Study study, int severity) {
		Diagnostic d = StudyValidator.validate(study, BuiltInMaterials.load());
		return d.getChildren().stream().filter(c -> c.getSeverity() == severity).map(Diagnostic::getMessage)
				.collect(Collectors.toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim",
			"fused-silica-co2.ldsim" })
	void examplesAreValid(String name) throws Exception {
		assertEquals(List.of(), messages(load(name), Diagnostic.ERROR));
	}

	private static void assertError(String expectedPath, Study study) {
		List<String> errors = messages(study, Diagnostic.ERROR);
		assertTrue(errors.stream().anyMatch(m -> m.startsWith(expectedPath + ":") && m.contains("Fix:")),
				"expected an error on " + expectedPath + " with a fix, got " + errors);
	}

	@Test
	void nonPositiveThickness() throws Exception {
		assertError("target.layers[0].thickness", load("al6061-cw-1kW.ldsim", "target.layers[0].thickness=-2mm"));
		assertError("target.layers[0].thickness", load("al6061-cw-1kW.ldsim", "target.layers[0].thickness=0"));
	}

	@Test
	void negativePower() throws Exception {
		assertError("laser.power", load("al6061-cw-1kW.ldsim", "laser.power=-1"));
	}

	@Test
	void endTimeBelowOutputInterval() throws Exception {
		assertError("solver.endTime", load("al6061-cw-1kW.ldsim", "solver.endTime=0.05", "solver.outputInterval=0.1"));
	}

	@Test
	void unknownMaterialListsTheKnownOnes() throws Exception {
		Study study = load("al6061-cw-1kW.ldsim", "target.layers[0].materialId=unobtainium");
		List<String> errors = messages(study, Diagnostic.ERROR);
		assertTrue(errors.stream().anyMatch(m -> m.startsWith("target.layers[0].materialId:") && m.contains("unobtainium")
				&& m.contains("al-6061-t6")), errors.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim",
			"fused-silica-co2.ldsim" })
	void examplesResolveTheHeatPenetrationDepth(String name) throws Exception {
		List<String> warnings = messages(load(name), Diagnostic.WARNING);
		System.out.println(name + " warnings: " + warnings);
		assertTrue(warnings.stream().noneMatch(m -> m.contains("heat penetrates") || m.contains("absorption depth")),
				warnings.toString());
	}

	/**
	 * AISI 304 under the 1 kW beam of the example (1 mm radius): peak intensity 2P/(π w²) = 6.4e8 W/m², absorbed
	 * 0.35 of it; melt onset on a semi-infinite solid at t = (π/α)[k ΔT/(2 A I)]², a few ms, over which heat
	 * penetrates some 0.1 mm. Four cells of 0.25 mm are coarse; the count the warning names is enough.
	 */
	@Test
	void aFirstCellCoarseAgainstThePenetrationDepthWarnsWithTheCellsNeeded() throws Exception {
		Study study = load("aisi304-cw-1kW.ldsim", "target.layers[0].axialCells=4");
		List<String> warnings = messages(study, Diagnostic.WARNING);
		String warning = warnings.stream().filter(m -> m.startsWith("target.layers[0].axialCells:")
				&& m.contains("heat penetrates")).findFirst().orElseThrow(() -> new AssertionError(warnings.toString()));
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("Fix: use (\\d+) or more axial cells").matcher(warning);
		assertTrue(m.find(), warning);
		int needed = Integer.parseInt(m.group(1));
		assertTrue(needed > 4, warning);
		assertTrue(messages(load("aisi304-cw-1kW.ldsim", "target.layers[0].axialCells=" + needed), Diagnostic.WARNING)
				.stream().noneMatch(w -> w.contains("heat penetrates")), "with " + needed + " cells");
		assertTrue(messages(load("aisi304-cw-1kW.ldsim", "target.layers[0].axialCells=" + (needed - 1)),
				Diagnostic.WARNING).stream().anyMatch(w -> w.contains("heat penetrates")), "with " + (needed - 1) + " cells");
	}

	/** In a 1 µs pulse heat penetrates √(α τ) ≈ 0.5 µm of the coating: the pulse width, not the run, sets the depth to resolve. */
	@Test
	void aShortPulseAsksForCellsOfItsPenetrationDepth() throws Exception {
		Study study = load("coated-ti-pulsed.ldsim", "laser.temporalProfile.fwhm=1us");
		List<String> warnings = messages(study, Diagnostic.WARNING);
		assertTrue(warnings.stream().anyMatch(m -> m.startsWith("target.layers[0].axialCells:")
				&& m.contains("pulse width") && m.contains("1.00 \u00b5s")), warnings.toString());
	}

	@Test
	void beamSmallerThanTwoCellsWarns() throws Exception {
		Study study = load("al6061-cw-1kW.ldsim", "mesh.radialCells=4", "mesh.radialGrading=1",
				"laser.spatialProfile.radius=0.1mm");
		List<String> warnings = messages(study, Diagnostic.WARNING);
		assertTrue(warnings.stream().anyMatch(m -> m.startsWith("laser.spatialProfile.radius:") && m.contains("2 cells")),
				warnings.toString());
		assertEquals(List.of(), messages(study, Diagnostic.ERROR));
	}

	@Test
	void pulsedNeedsExactlyOneOfEnergyAndFluence() throws Exception {
		Study study = load("coated-ti-pulsed.ldsim");
		Pulsed pulsed = (Pulsed) study.getLaser().getTemporalProfile();
		pulsed.setFluence(1e4);
		assertError("laser.temporalProfile.fluence", study);
		pulsed.unsetFluence();
		pulsed.unsetPulseEnergy();
		assertError("laser.temporalProfile.pulseEnergy", study);
	}

	@Test
	void probeOutsideTarget() throws Exception {
		assertError("probes[1].z", load("al6061-cw-1kW.ldsim", "probes[back-centre].z=5mm"));
	}

	@Test
	void absorptivityOverrideOutOfRange() throws Exception {
		assertError("laser.absorptivityOverride", load("al6061-cw-1kW.ldsim", "laser.absorptivityOverride=1.5"));
	}

	@Test
	void anAbsorptionCoefficientMustBePositiveAndAcceptsUnits() throws Exception {
		assertError("target.layers[0].absorptionCoefficient",
				load("fused-silica-co2.ldsim", "target.layers[0].absorptionCoefficient=-5/m"));
		assertError("target.layers[0].absorptionCoefficient",
				load("fused-silica-co2.ldsim", "target.layers[0].absorptionCoefficient=1e12/m"));
		Study study = load("fused-silica-co2.ldsim", "target.layers[0].absorptionCoefficient=1000 1/cm");
		assertEquals(1e5, study.getTarget().getLayers().get(0).getAbsorptionCoefficient(), 1e-6);
	}

	/** 1e6 1/m is an absorption depth of 1 µm: the example's first cell (about 2.3 µm) cannot resolve it. */
	@Test
	void aFirstCellCoarseAgainstTheAbsorptionDepthWarnsWithTheCellsNeeded() throws Exception {
		List<String> warnings = messages(load("fused-silica-co2.ldsim", "target.layers[0].absorptionCoefficient=1e6/m"),
				Diagnostic.WARNING);
		assertTrue(warnings.stream().anyMatch(m -> m.startsWith("target.layers[0].axialCells:")
				&& m.contains("absorption depth") && m.contains("1.00 \u00b5m") && m.contains("Fix: use")), warnings.toString());
	}
}
