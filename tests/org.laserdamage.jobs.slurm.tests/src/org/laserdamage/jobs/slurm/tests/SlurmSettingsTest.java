package org.laserdamage.jobs.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.jobs.slurm.SlurmPlace;
import org.laserdamage.jobs.slurm.SlurmSettings;

/** The settings of the Slurm place: what is required, the defaults, and messages that name the setting and the fix. */
class SlurmSettingsTest {

	@TempDir
	Path tmp;

	private Path bin;
	private Path launcher;
	private final Map<String, String> values = new HashMap<>();

	/** Stand-ins for the Slurm commands and the launcher: only their being executable files is checked here. */
	@BeforeEach
	void files() throws IOException {
		bin = Files.createDirectories(tmp.resolve("bin")); //$NON-NLS-1$
		for (String command : new String[] { "sbatch", "squeue", "scontrol", "scancel" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			executable(bin.resolve(command));
		}
		launcher = executable(tmp.resolve("laserdamage")); //$NON-NLS-1$
		values.put(SlurmSettings.SHARED_FOLDER, Files.createDirectories(tmp.resolve("shared")).toString()); //$NON-NLS-1$
		values.put(SlurmSettings.LAUNCHER, launcher.toString());
		values.put(SlurmSettings.BIN, bin.toString());
	}

	private static Path executable(Path file) throws IOException {
		Files.writeString(file, "#!/bin/sh\n"); //$NON-NLS-1$
		file.toFile().setExecutable(true);
		return file;
	}

	private String refusal() {
		CoreException e = assertThrows(CoreException.class, () -> SlurmSettings.from(JobSettings.only(values)));
		assertEquals(RunStatus.INVALID_INPUT, e.getStatus().getCode(), e.getStatus().getMessage());
		return e.getStatus().getMessage();
	}

	@Test
	void theSharedFolderAndTheLauncherAreEnoughTheRestHasDefaults() throws CoreException {
		SlurmSettings s = SlurmSettings.from(JobSettings.only(values));
		assertEquals(tmp.resolve("shared"), s.sharedFolder()); //$NON-NLS-1$
		assertEquals(launcher, s.launcher());
		assertEquals("", s.partition()); //$NON-NLS-1$
		assertEquals("", s.account()); //$NON-NLS-1$
		assertEquals("", s.licenses()); //$NON-NLS-1$
		assertEquals(Duration.ofSeconds(SlurmSettings.DEFAULT_POLL_SECONDS), s.poll());
		assertEquals(bin, s.bin());

		values.put(SlurmSettings.PARTITION, "debug"); //$NON-NLS-1$
		values.put(SlurmSettings.ACCOUNT, "lab-42"); //$NON-NLS-1$
		values.put(SlurmSettings.LICENSES, "ansys:1,aa_r:2"); //$NON-NLS-1$
		values.put(SlurmSettings.POLL_SECONDS, "2"); //$NON-NLS-1$
		s = SlurmSettings.from(JobSettings.only(values));
		assertEquals("debug", s.partition()); //$NON-NLS-1$
		assertEquals("lab-42", s.account()); //$NON-NLS-1$
		assertEquals("ansys:1,aa_r:2", s.licenses()); //$NON-NLS-1$
		assertEquals(Duration.ofSeconds(2), s.poll());
	}

	@Test
	void theSlurmCommandsComeFromThePathWithoutSlurmBin() throws CoreException {
		values.remove(SlurmSettings.BIN);
		boolean installed = System.getenv("PATH").contains("/usr/bin") && Files.isExecutable(Path.of("/usr/bin/sbatch")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (installed) {
			assertNull(SlurmSettings.from(JobSettings.only(values)).bin());
		} else {
			String message = refusal();
			assertTrue(message.contains("sbatch") && message.contains("LASERDAMAGE_SLURM_BIN"), message); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aMissingSharedFolderIsNamedWithItsVariableAndTheFix() {
		values.remove(SlurmSettings.SHARED_FOLDER);
		String message = refusal();
		assertTrue(message.startsWith("slurm.sharedFolder is not set"), message); //$NON-NLS-1$
		assertTrue(message.contains("LASERDAMAGE_SLURM_SHAREDFOLDER"), message); //$NON-NLS-1$
		assertTrue(message.contains("laserdamage.slurm.sharedFolder"), message); //$NON-NLS-1$
		assertTrue(message.contains("Fix:"), message); //$NON-NLS-1$

		values.put(SlurmSettings.SHARED_FOLDER, tmp.resolve("nowhere").toString()); //$NON-NLS-1$
		message = refusal();
		assertTrue(message.contains("slurm.sharedFolder") && message.contains("nowhere") //$NON-NLS-1$ //$NON-NLS-2$
				&& message.contains("no such folder"), message); //$NON-NLS-1$
	}

	@Test
	void aLauncherThatIsNotThereIsNamed() {
		values.put(SlurmSettings.LAUNCHER, tmp.resolve("missing/laserdamage").toString()); //$NON-NLS-1$
		String message = refusal();
		assertTrue(message.startsWith("slurm.launcher:") && message.contains("LASERDAMAGE_SLURM_LAUNCHER"), message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** This OSGi test runtime is no installation of the product: there is no launcher to default to. */
	@Test
	void withoutALauncherSettingTheInstallationsLauncherIsLookedFor() {
		values.remove(SlurmSettings.LAUNCHER);
		String message = refusal();
		assertTrue(message.startsWith("slurm.launcher is not set and this installation's launcher was not found"), message); //$NON-NLS-1$
		assertTrue(message.contains("LASERDAMAGE_SLURM_LAUNCHER"), message); //$NON-NLS-1$
	}

	@Test
	void badValuesAreRefusedWithTheFix() {
		values.put(SlurmSettings.POLL_SECONDS, "0.5"); //$NON-NLS-1$
		String message = refusal();
		assertTrue(message.startsWith("slurm.pollSeconds: '0.5'") && message.contains("LASERDAMAGE_SLURM_POLLSECONDS"), message); //$NON-NLS-1$ //$NON-NLS-2$
		values.remove(SlurmSettings.POLL_SECONDS);

		values.put(SlurmSettings.LICENSES, "ansys 1"); //$NON-NLS-1$
		message = refusal();
		assertTrue(message.startsWith("slurm.licenses: 'ansys 1'") && message.contains("e.g. ansys:1"), message); //$NON-NLS-1$ //$NON-NLS-2$
		values.remove(SlurmSettings.LICENSES);

		values.put(SlurmSettings.PARTITION, "debug; rm -rf /"); //$NON-NLS-1$
		message = refusal();
		assertTrue(message.startsWith("slurm.partition:") && message.contains("LASERDAMAGE_SLURM_PARTITION"), message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theBinFolderMustHoldTheCommands() throws IOException {
		Files.delete(bin.resolve("scancel")); //$NON-NLS-1$
		String message = refusal();
		assertTrue(message.contains("scancel") && message.contains(bin.toString()) && message.contains("slurm.bin"), message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void thePlaceIsContributedAsSlurm() throws CoreException {
		assertTrue(PlaceRegistry.find(SlurmPlace.ID).isPresent(), PlaceRegistry.places().toString());
		IPlace place = PlaceRegistry.create(SlurmPlace.ID, JobSettings.only(values));
		assertEquals(SlurmPlace.ID, place.id());
		values.remove(SlurmSettings.SHARED_FOLDER);
		CoreException e = assertThrows(CoreException.class, () -> PlaceRegistry.create(SlurmPlace.ID, JobSettings.only(values)));
		assertTrue(RunStatus.isInvalidInput(e.getStatus()), e.getStatus().getMessage());
	}
}
