package org.laserdamage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

class StudyIOTest {

	@TempDir
	Path tmp;

	@ParameterizedTest
	@ValueSource(strings = { "al6061-cw-1kW.ldsim", "aisi304-cw-1kW.ldsim", "coated-ti-pulsed.ldsim", "fused-silica-co2.ldsim" })
	void examplesLoadAndRoundTrip(String name) throws Exception {
		Study study = StudyIO.load(Examples.file(name));
		assertTrue(study.getName() != null && !study.getName().isBlank());
		Path copy = tmp.resolve(name);
		StudyIO.save(EcoreUtil.copy(study), copy);
		Study again = StudyIO.load(copy);
		assertTrue(EcoreUtil.equals(study, again), "round trip changed " + name);
	}

	@Test
	void aluminiumExampleHasTheDocumentedValues() throws Exception {
		Study study = StudyIO.load(Examples.file("al6061-cw-1kW.ldsim"));
		assertEquals(1000.0, study.getLaser().getPower());
		assertEquals(1.07e-6, study.getLaser().getWavelength());
		assertEquals(0.001, ((GaussianProfile) study.getLaser().getSpatialProfile()).getRadius());
		assertEquals(0.002, study.getTarget().getLayers().get(0).getThickness());
		assertEquals("al-6061-t6", study.getTarget().getLayers().get(0).getMaterialId());
	}

	@Test
	void malformedXmlNamesFileLineAndFix() throws IOException {
		Path bad = tmp.resolve("broken.ldsim");
		String text = Files.readString(Examples.file("al6061-cw-1kW.ldsim")).replace("</target>", "</targt>");
		Files.writeString(bad, text);
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(bad));
		assertTrue(e.getMessage().contains("broken.ldsim"), e.getMessage());
		assertTrue(e.line() > 0, "line should be known: " + e.getMessage());
		assertTrue(e.getMessage().contains("line " + e.line()), e.getMessage());
		assertTrue(e.getMessage().contains("Fix:"), e.getMessage());
	}

	@Test
	void unknownSettingIsNamed() throws IOException {
		Path bad = tmp.resolve("typo.ldsim");
		Files.writeString(bad, Files.readString(Examples.file("al6061-cw-1kW.ldsim")).replace("power=\"1000.0\"", "powr=\"1000.0\""));
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(bad));
		assertTrue(e.getMessage().contains("powr"), e.getMessage());
		assertTrue(e.getMessage().contains("Fix:"), e.getMessage());
	}

	@Test
	void nonNumericValueIsNamed() throws IOException {
		Path bad = tmp.resolve("value.ldsim");
		Files.writeString(bad, Files.readString(Examples.file("al6061-cw-1kW.ldsim")).replace("power=\"1000.0\"", "power=\"1 kW\""));
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(bad));
		assertTrue(e.getMessage().contains("value.ldsim"), e.getMessage());
		assertTrue(e.line() > 0, e.getMessage());
	}

	@Test
	void missingFileIsReported() {
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(tmp.resolve("nope.ldsim")));
		assertTrue(e.getMessage().contains("nope.ldsim"), e.getMessage());
	}

	@Test
	void saveReplacesAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
		Path file = tmp.resolve("s.ldsim");
		Study study = StudyIO.load(Examples.file("al6061-cw-1kW.ldsim"));
		StudyIO.save(study, file);
		study.getLaser().setPower(1500);
		StudyIO.save(study, file);
		assertEquals(1500.0, StudyIO.load(file).getLaser().getPower());
		try (var files = Files.list(tmp)) {
			assertEquals(1, files.count(), "temporary files left behind");
		}
	}
}
