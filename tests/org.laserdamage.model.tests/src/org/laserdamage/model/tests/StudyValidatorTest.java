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
	@ValueSource(strings = { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim" })
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
}
