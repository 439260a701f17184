package org.laserdamage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

/** What StudyIO refuses that EMF alone would accept, one test per class of input. */
class StrictReadingTest {

	private static final String AL = "al6061-cw-1kW.ldsim"; //$NON-NLS-1$

	@TempDir
	Path tmp;

	private StudyFormatException refused(String from, String to) throws IOException {
		String text = Files.readString(Examples.file(AL));
		assertTrue(text.contains(from), from);
		return refusedText(text.replace(from, to));
	}

	private StudyFormatException refusedText(String text) throws IOException {
		Path file = tmp.resolve("mutated.ldsim"); //$NON-NLS-1$
		Files.writeString(file, text);
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(file));
		assertClean(e.getMessage());
		return e;
	}

	private static void assertClean(String message) {
		assertTrue(message.contains("mutated.ldsim"), message); //$NON-NLS-1$
		assertTrue(message.contains("Fix:"), message); //$NON-NLS-1$
		assertFalse(message.contains("Impl@") || message.contains("Exception") || message.contains("org.xml") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| message.contains("org.eclipse"), message); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "Infinity", "-Infinity", "NaN", "1e309", "0x1p10", "1000d", "1000f", "1_000", "\u0661\u0660\u0660\u0660", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"", "1 kW", "1,5" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	void numbersArePlainFiniteDecimals(String value) throws IOException {
		StudyFormatException e = refused("power=\"1000.0\"", "power=\"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(e.getMessage().contains("laser.power") && e.line() > 0, e.getMessage()); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "20.0", "2e1", "+-2", "\u0662\u0660", "99999999999", "0x14" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	void wholeNumbersAreDigits(String value) throws IOException {
		StudyFormatException e = refused("axialCells=\"20\"", "axialCells=\"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(e.getMessage().contains("target.layers[0].axialCells") && e.getMessage().contains("whole number"), //$NON-NLS-1$ //$NON-NLS-2$
				e.getMessage());
	}

	@Test
	void booleansAreTrueOrFalse() throws IOException {
		StudyFormatException e = refused("meltOnset=\"true\"", "meltOnset=\"yes\""); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("damageCriteria.meltOnset") && e.getMessage().contains("boolean"), //$NON-NLS-1$ //$NON-NLS-2$
				e.getMessage());
	}

	@Test
	void aSecondSingleElementIsRefused() throws IOException {
		String laser = "  <laser wavelength=\"1.07E-6\" power=\"5.0\"><spatialProfile xsi:type=\"study:GaussianProfile\" radius=\"0.001\"/>" //$NON-NLS-1$
				+ "<temporalProfile xsi:type=\"study:ContinuousWave\"/></laser>\n  <target "; //$NON-NLS-1$
		StudyFormatException e = refused("  <target ", laser); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("laser") && e.getMessage().contains("twice"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aSettingAsAttributeAndAsElementIsRefused() throws IOException {
		StudyFormatException e = refused("<spatialProfile", "<power>5</power><spatialProfile"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("laser.power") && e.getMessage().contains("twice"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aChildOfTheWrongTypeNamesTheElementNotTheRoot() throws IOException {
		StudyFormatException e = refused("<temporalProfile xsi:type=\"study:ContinuousWave\"/>", //$NON-NLS-1$
				"<temporalProfile xsi:type=\"study:GaussianProfile\"/>"); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("laser.temporalProfile") && e.getMessage().contains("TemporalProfile"), //$NON-NLS-1$ //$NON-NLS-2$
				e.getMessage());
		assertFalse(e.getMessage().contains("root element must"), e.getMessage()); //$NON-NLS-1$
		e = refused("study:GaussianProfile\" radius", "study:Gaussian\" radius"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("Gaussian") && e.getMessage().contains("study:TopHatProfile"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anElementWithoutItsKindListsTheKinds() throws IOException {
		StudyFormatException e = refused("<spatialProfile xsi:type=\"study:GaussianProfile\"", "<spatialProfile"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("xsi:type") && e.getMessage().contains("study:TopHatProfile") //$NON-NLS-1$ //$NON-NLS-2$
				&& !e.getMessage().contains("study:Pulsed"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void unknownSettingsListTheValidOnes() throws IOException {
		StudyFormatException e = refused("<mesh radialCells", "<mesh radialCell"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getMessage().contains("radialCell'") && e.getMessage().contains("radialGrading"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void everyProblemIsListedAtOnce() throws IOException {
		String text = Files.readString(Examples.file(AL)).replace("power=\"1000.0\"", "power=\"NaN\"") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("axialCells=\"20\"", "axialCells=\"x\""); //$NON-NLS-1$ //$NON-NLS-2$
		StudyFormatException e = refusedText(text);
		assertTrue(e.getMessage().contains("2 error(s)") && e.getMessage().contains("laser.power") //$NON-NLS-1$ //$NON-NLS-2$
				&& e.getMessage().contains("axialCells"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void twoStudiesInOneFileAreRefused() throws IOException {
		String study = Files.readString(Examples.file(AL));
		String body = study.substring(study.indexOf("<study:Study")); //$NON-NLS-1$
		String two = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\">\n" //$NON-NLS-1$
				+ body + body + "</xmi:XMI>\n"; //$NON-NLS-1$
		StudyFormatException e = refusedText(two);
		assertTrue(e.getMessage().contains("exactly one"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aReferenceToAnotherFileIsRefused() throws IOException {
		StudyFormatException e = refused("<mesh radialCells=\"60\" radialGrading=\"20.0\" axialGrading=\"1.0\"/>", //$NON-NLS-1$
				"<mesh href=\"other.ldsim#//@mesh\"/>"); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("mesh") && e.getMessage().contains("other.ldsim"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void doctypeAndEntitiesAreRefused() throws IOException {
		StudyFormatException e = refused("<study:Study", //$NON-NLS-1$
				"<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<study:Study"); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("DOCTYPE") && e.line() > 0, e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void truncatedAndBadlyEncodedFilesSayWhat() throws IOException {
		String text = Files.readString(Examples.file(AL));
		StudyFormatException e = refusedText(text.substring(0, text.length() / 2));
		assertTrue(e.getMessage().contains("cut short"), e.getMessage()); //$NON-NLS-1$
		byte[] bytes = text.replace("Al 6061", "Al \u00e96061").getBytes(StandardCharsets.ISO_8859_1); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = tmp.resolve("mutated.ldsim"); //$NON-NLS-1$
		Files.write(file, bytes);
		e = assertThrows(StudyFormatException.class, () -> StudyIO.load(file));
		assertClean(e.getMessage());
		assertTrue(e.getMessage().contains("UTF-8"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aStudyWithoutItsNamespaceSaysWhichOneItNeeds() throws IOException {
		StudyFormatException e = refused("xmlns:study=\"http://www.laserdamage.org/study/1.0\"", //$NON-NLS-1$
				"xmlns:study=\"http://example.com/other\""); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("http://example.com/other") //$NON-NLS-1$
				&& e.getMessage().contains("http://www.laserdamage.org/study/1.0"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void utf16WithBomIsRead() throws Exception {
		String text = Files.readString(Examples.file(AL)).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = tmp.resolve("utf16.ldsim"); //$NON-NLS-1$
		Files.write(file, text.getBytes(StandardCharsets.UTF_16));
		assertEquals(1000.0, StudyIO.load(file).getLaser().getPower());
	}

	@Test
	void hugeFilesAreRefusedBeforeParsing() throws IOException {
		Path file = tmp.resolve("mutated.ldsim"); //$NON-NLS-1$
		String text = Files.readString(Examples.file(AL));
		Files.writeString(file, text.replace("description=\"", "description=\"" + "x".repeat((int) StudyIO.MAX_FILE_SIZE))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyIO.load(file));
		assertClean(e.getMessage());
	}
}
