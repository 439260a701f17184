package org.laserdamage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.units.Units;
import org.laserdamage.model.validation.StudyValidator;

/** The ranges and budgets of docs/study-format.md "Limits": one test per class of setting. */
class LimitsTest {

	private static Study load(String name, String... overrides) throws Exception {
		Study study = StudyIO.load(Examples.file(name));
		for (String o : overrides) {
			FeaturePath.apply(study, o);
		}
		return study;
	}

	private static List<String> errors(Study study) {
		return StudyValidator.validate(study, BuiltInMaterials.load()).getChildren().stream()
				.filter(c -> c.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).collect(Collectors.toList());
	}

	private static void assertError(String path, String name, String... overrides) throws Exception {
		List<String> errors = errors(load(name, overrides));
		assertTrue(errors.stream().anyMatch(m -> m.startsWith(path + ":") && m.contains("Fix:")), //$NON-NLS-1$ //$NON-NLS-2$
				"expected an error on " + path + " for " + List.of(overrides) + ", got " + errors); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@ParameterizedTest
	@CsvSource({ "target.radius, 20m", "target.radius, 1e-12", "target.layers[0].thickness, 1e-12",
			"target.layers[0].thickness, 11", "laser.spatialProfile.radius, 11m", "laser.wavelength, 1e-12",
			"laser.wavelength, 1cm" })
	void lengths(String path, String value) throws Exception {
		assertError(path, "al6061-cw-1kW.ldsim", path + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@CsvSource({ "target.initialTemperature, 1e5", "target.initialTemperature, 0", "target.initialTemperature, 0.5",
			"environment.ambientTemperature, 10",
			"environment.ambientTemperature, 200000", "damageCriteria.peakTemperatureThreshold, 1e6" })
	void temperatures(String path, String value) throws Exception {
		assertError(path, "al6061-cw-1kW.ldsim", path + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@CsvSource({ "solver.initialTimeStep, 1e-300", "solver.endTime, 1e7", "solver.maxTemperatureChange, 1e-300",
			"solver.maxTemperatureChange, 1e6", "laser.power, 1e12", "environment.frontConvection, 1e9" })
	void physicalRanges(String path, String value) throws Exception {
		assertError(path, "al6061-cw-1kW.ldsim", path + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@CsvSource({ "laser.temporalProfile.fwhm, 1e-20", "laser.temporalProfile.pulseCount, 2000000",
			"laser.temporalProfile.repetitionRate, 1e12", "laser.temporalProfile.pulseEnergy, 1e9" })
	void pulses(String path, String value) throws Exception {
		assertError(path, "coated-ti-pulsed.ldsim", path + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aTinyStepCannotRunAway() throws Exception {
		assertError("solver.maxTimeStep", "al6061-cw-1kW.ldsim", "solver.initialTimeStep=1e-12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"solver.maxTimeStep=1e-12"); //$NON-NLS-1$
		assertError("solver.initialTimeStep", "al6061-cw-1kW.ldsim", "solver.initialTimeStep=1e-300", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"solver.maxTimeStep=1e-300"); //$NON-NLS-1$
	}

	@Test
	void snapshotsStepsPulsesAndOutputAreBudgeted() throws Exception {
		assertError("solver.outputInterval", "al6061-cw-1kW.ldsim", "solver.outputInterval=1us"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertError("laser.temporalProfile.pulseCount", "coated-ti-pulsed.ldsim", "laser.temporalProfile.pulseCount=100000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"laser.temporalProfile.repetitionRate=1MHz", "solver.endTime=1"); //$NON-NLS-1$ //$NON-NLS-2$
		// 1.9 million cells (allowed) written 10,000 times: far above 2 GB
		assertError("solver.outputInterval", "al6061-cw-1kW.ldsim", "mesh.radialCells=1900", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"target.layers[0].axialCells=1000", "solver.outputInterval=2ms"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void meshSizeAndSmallestCell() throws Exception {
		assertError("mesh.radialCells", "al6061-cw-1kW.ldsim", "mesh.radialCells=200000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertError("mesh.radialCells", "al6061-cw-1kW.ldsim", "mesh.radialCells=2147483647"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertError("mesh.radialGrading", "al6061-cw-1kW.ldsim", "mesh.radialGrading=1e300"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertError("target.layers[0].axialCells", "al6061-cw-1kW.ldsim", "target.layers[0].thickness=2e-9", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"mesh.axialGrading=1000"); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "Front-Centre", " front-centre", "front-centre ", "FRONT-CENTRE", "\uff46ront-centre" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	void probeNamesThatCollideInACsvHeaderAreDuplicates(String name) throws Exception {
		Study study = load("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		study.getProbes().get(1).setName(name);
		List<String> errors = errors(study);
		assertTrue(errors.stream().anyMatch(m -> m.startsWith("probes[1].name:") && m.contains("twice")), errors.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\nb", "tab\there", "a,b", "q\"uote", "" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	void probeNamesFitInACsvHeader(String name) throws Exception {
		Study study = load("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		study.getProbes().get(0).setName(name);
		List<String> errors = errors(study);
		assertTrue(errors.stream().anyMatch(m -> m.startsWith("probes[0].name:") && !m.contains("\n")), errors.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		study.getProbes().get(0).setName("p".repeat(101)); //$NON-NLS-1$
		assertTrue(errors(study).stream().anyMatch(m -> m.startsWith("probes[0].name:")), errors(study).toString()); //$NON-NLS-1$
	}

	@Test
	void examplesStayWithinTheLimits() throws Exception {
		for (String name : new String[] { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(List.of(), errors(load(name)), name);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e309", "1e308kW", "Infinity", "NaN", "0x1p10", "1000d", "\u0661\u0660 W" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	void overridesTakeFiniteDecimalsOnly(String value) throws Exception {
		assertThrows(IllegalArgumentException.class, () -> Units.parse(value, "W")); //$NON-NLS-1$
		Study study = load("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FeaturePath.apply(study, "laser.power=" + value)); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("laser.power"), e.getMessage()); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0662\u0660", "2e1", "20.0", "99999999999", "+-1" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	void overridesOfCountsAreWholeNumbers(String value) throws Exception {
		Study study = load("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FeaturePath.apply(study, "mesh.radialCells=" + value)); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("mesh.radialCells") && e.getMessage().contains("whole number"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		e = assertThrows(IllegalArgumentException.class, () -> FeaturePath.apply(study, "damageCriteria.meltOnset=1")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("boolean"), e.getMessage()); //$NON-NLS-1$
	}
}
