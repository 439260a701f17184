package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.RunDirectory;

/**
 * A study without damage criteria is a valid pure-thermal run: {@code validate}
 * notes it, the run does not warn about it, and its summary.json carries no
 * such warning.
 */
class CriteriaNoteTest {

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	@TempDir
	Path tmp;

	private Path thermalOnly() throws Exception {
		Path study = tmp.resolve("thermal.ldsim"); //$NON-NLS-1$
		String text = Files.readString(Paths.get("../../examples/al6061-cw-1kW.ldsim")); //$NON-NLS-1$
		String criteria = "<damageCriteria meltOnset=\"true\" meltThrough=\"true\" peakTemperatureThreshold=\"573.15\"/>"; //$NON-NLS-1$
		assertTrue(text.contains(criteria), "the example still has its criteria"); //$NON-NLS-1$
		Files.writeString(study, text.replace(criteria, "<damageCriteria meltOnset=\"false\" meltThrough=\"false\"/>")); //$NON-NLS-1$
		return study;
	}

	@Test
	void validateNotesThatNoCriterionIsOnWithoutWarning() throws Exception {
		assertEquals(0, command.run("validate", thermalOnly().toString()), command.err()); //$NON-NLS-1$
		assertTrue(command.out().contains("Note: damageCriteria") && command.out().contains("no damage criterion"), //$NON-NLS-1$ //$NON-NLS-2$
				command.out());
		assertFalse(command.err().contains("criterion"), "not a warning: " + command.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPureThermalRunCarriesNoCriterionWarning() throws Exception {
		Path out = tmp.resolve("run"); //$NON-NLS-1$
		assertEquals(0, command.run("run", thermalOnly().toString(), "--out", out.toString(), "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"mesh.radialCells=20", "--set", "target.layers[0].axialCells=8"), command.err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(command.err().contains("criterion"), command.err()); //$NON-NLS-1$
		assertFalse(Files.readString(out.resolve(RunDirectory.SUMMARY)).contains("criterion"), //$NON-NLS-1$
				"summary.json has no criterion warning as noise"); //$NON-NLS-1$
	}
}
