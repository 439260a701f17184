package org.laserdamage.backup.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.backup.UserData;
import org.laserdamage.backup.ui.BackupUI;
import org.laserdamage.backup.ui.internal.BackupSettings;
import org.laserdamage.backup.ui.internal.ScheduledBackups;
import org.laserdamage.core.RunState;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.ui.testsupport.PreferencesDialogPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;
import org.laserdamage.ui.testsupport.WizardDialogPage;

/**
 * File &gt; Back Up... and File &gt; Restore from Backup... as a user drives
 * them, on this workbench's real data: a set of the databases, the projects
 * and the preferences is written and verified; the study is changed, a
 * project deleted and a preference changed; the set is restored through the
 * preview and the confirmation, and everything is as it was, byte for byte.
 * A set whose archive was damaged is refused before anything changes; the
 * scheduled backup of the preferences writes a set when it is due.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupWizardsTest {

	private static final String BACKUP_TITLE = "Back Up"; //$NON-NLS-1$
	private static final String RESTORE_TITLE = "Restore from Backup"; //$NON-NLS-1$
	/** A preference node of this product, as the backup takes them (org.laserdamage.*). */
	private static final String NODE = "org.laserdamage.backup.ui.tests"; //$NON-NLS-1$

	private static Path destination;

	@BeforeAll
	static void destination() throws Exception {
		destination = Path.of(System.getProperty("laserdamage.data")).resolveSibling("backup-wizard-sets"); //$NON-NLS-1$ //$NON-NLS-2$
		Backups.deleteTree(destination);
		BackupSettings.node().put(BackupSettings.DESTINATION, destination.toString());
		BackupSettings.save();
	}

	@AfterAll
	static void closeWizards() {
		Ui.closeDialogsAndEditors(BACKUP_TITLE);
		Ui.closeDialogsAndEditors(RESTORE_TITLE);
		Ui.closeDialogsAndEditors(PreferencesDialogPage.TITLE);
	}

	@Test
	@Order(1)
	void aBackupRestoredThroughTheWizardsBringsEverythingBack() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		IProject doomed = TestWorkspace.newProject("doomed"); //$NON-NLS-1$
		IFile notes = doomed.getFile("notes.txt"); //$NON-NLS-1$
		notes.create(new ByteArrayInputStream("keep me\n".getBytes(StandardCharsets.UTF_8)), true, null); //$NON-NLS-1$
		byte[] original = contents(study);
		preferences().put("answer", "42"); //$NON-NLS-1$ //$NON-NLS-2$
		preferences().flush();
		int materials = WorkbenchMaterials.stored().size();

		WizardDialogPage backup = WizardDialogPage.openFromMenu("File", "Back Up...", BACKUP_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(destination.toString(), backup.text("backup.destination"), "the destination of the preferences"); //$NON-NLS-1$ //$NON-NLS-2$
		backup.check("backup.databases", false); //$NON-NLS-1$
		backup.check("backup.projects", false); //$NON-NLS-1$
		backup.check("backup.preferences", false); //$NON-NLS-1$
		assertTrue(backup.errorMessage().contains("at least one"), backup.errorMessage()); //$NON-NLS-1$
		assertFalse(backup.canGoNext(), "nothing chosen: nothing to write"); //$NON-NLS-1$
		backup.check("backup.databases", true).check("backup.projects", true).check("backup.preferences", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		backup.check("backup.verifyOthers", true); //$NON-NLS-1$
		backup.settle();
		Screenshots.saveForDocs("backup-wizard.png"); //$NON-NLS-1$
		backup.next();
		assertEquals("result", backup.pageName(), backup.errorMessage()); //$NON-NLS-1$
		String summary = backup.text("backup.result"); //$NON-NLS-1$
		assertTrue(summary.contains(": verified ("), summary); //$NON-NLS-1$
		assertTrue(summary.contains("Material database") && summary.contains("Laser Damage preferences") //$NON-NLS-1$ //$NON-NLS-2$
				&& summary.contains("Project " + study.getProject().getName()), summary); //$NON-NLS-1$
		backup.settle();
		Screenshots.saveForDocs("backup-wizard-result.png"); //$NON-NLS-1$
		backup.finish();

		BackupSet set = new Backups(destination).latestGood().orElseThrow();
		List<String> items = set.manifest().items().stream().map(Manifest.Item::name).toList();
		assertTrue(items.containsAll(List.of(UserData.MATERIALS, UserData.MATERIALS_EXPORT, UserData.CONFIGURATION,
				"project-" + study.getProject().getName(), "project-" + doomed.getName())), items.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		// what the user then does: edits the study, deletes a project, changes a preference
		study.setContents(new ByteArrayInputStream("<broken/>".getBytes(StandardCharsets.UTF_8)), true, false, null); //$NON-NLS-1$
		Path doomedFolder = doomed.getLocation().toPath();
		doomed.delete(true, true, null);
		assertFalse(Files.exists(doomedFolder));
		preferences().put("answer", "43"); //$NON-NLS-1$ //$NON-NLS-2$
		preferences().flush();

		WizardDialogPage restore = WizardDialogPage.openFromMenu("File", "Restore from Backup...", RESTORE_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		String[][] sets = restore.rows("restore.sets"); //$NON-NLS-1$
		assertEquals(set.id(), sets[0][0], Arrays.deepToString(sets));
		assertEquals("verified", sets[0][2]); //$NON-NLS-1$
		assertTrue(sets[0][4].contains("Material database"), sets[0][4]); //$NON-NLS-1$
		assertFalse(restore.canGoNext(), "no set picked yet"); //$NON-NLS-1$
		restore.selectRow("restore.sets", 0); //$NON-NLS-1$
		assertEquals(items.size(), restore.rows("restore.items").length); //$NON-NLS-1$
		restore.settle();
		Screenshots.saveForDocs("restore-wizard-sets.png"); //$NON-NLS-1$
		restore.next();
		assertEquals("preview", restore.pageName(), restore.errorMessage()); //$NON-NLS-1$
		String[][] changes = restore.rows("restore.preview"); //$NON-NLS-1$
		assertEquals(items.size(), changes.length, Arrays.deepToString(changes));
		assertTrue(Arrays.stream(changes).anyMatch(r -> r[1].equals(doomedFolder.toString()) && r[3].equals("creates it")), //$NON-NLS-1$
				Arrays.deepToString(changes));
		assertFalse(restore.canGoNext(), "not confirmed yet"); //$NON-NLS-1$
		assertArrayEquals("<broken/>".getBytes(StandardCharsets.UTF_8), contents(study), "the dry run changed nothing"); //$NON-NLS-1$ //$NON-NLS-2$
		restore.check("restore.confirm", true); //$NON-NLS-1$
		restore.settle();
		Screenshots.saveForDocs("restore-wizard.png"); //$NON-NLS-1$
		restore.next();
		assertEquals("result", restore.pageName(), restore.errorMessage()); //$NON-NLS-1$
		assertTrue(restore.text("restore.result").contains("Job processing has resumed"), restore.text("restore.result")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		restore.finish();

		assertArrayEquals(original, contents(study), "the study as it was backed up, byte for byte"); //$NON-NLS-1$
		IProject back = ResourcesPlugin.getWorkspace().getRoot().getProject(doomed.getName());
		assertTrue(back.exists() && back.isOpen(), "the deleted project is in the workspace again"); //$NON-NLS-1$
		assertEquals("keep me\n", new String(contents(back.getFile("notes.txt")), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("42", preferences().get("answer", null), "the preference as it was backed up"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(materials, WorkbenchMaterials.stored().size(), "the material database reopens after the restore"); //$NON-NLS-1$
		assertTrue(WorkbenchMaterials.snapshot().problems().isEmpty(), WorkbenchMaterials.snapshot().problems().toString());
	}

	@Test
	@Order(2)
	void aDamagedSetIsRefusedBeforeAnythingChanges() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		WizardDialogPage backup = WizardDialogPage.openFromMenu("File", "Back Up...", BACKUP_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		backup.check("backup.databases", false).check("backup.preferences", false); //$NON-NLS-1$ //$NON-NLS-2$
		Thread.sleep(1100); // sets are named by the second
		backup.next();
		assertEquals("result", backup.pageName(), backup.errorMessage()); //$NON-NLS-1$
		backup.finish();
		BackupSet set = new Backups(destination).latestGood().orElseThrow();
		Manifest.Item item = set.manifest().items().stream().filter(i -> i.name().equals("project-" + study.getProject().getName())) //$NON-NLS-1$
				.findFirst().orElseThrow();
		flipAByte(set.folder().resolve(item.archive()));
		study.setContents(new ByteArrayInputStream("<changed/>".getBytes(StandardCharsets.UTF_8)), true, false, null); //$NON-NLS-1$

		WizardDialogPage restore = WizardDialogPage.openFromMenu("File", "Restore from Backup...", RESTORE_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(set.id(), restore.rows("restore.sets")[0][0]); //$NON-NLS-1$
		restore.selectRow("restore.sets", 0).next(); //$NON-NLS-1$
		assertEquals("sets", restore.pageName(), "a set that does not verify goes no further"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(restore.errorMessage().contains(item.archive()), restore.errorMessage());
		restore.press("List Sets").selectRow("restore.sets", 0); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("failed", restore.rows("restore.sets")[0][2], "now marked failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(restore.canGoNext());
		Ui.closeDialogsAndEditors(RESTORE_TITLE);
		assertArrayEquals("<changed/>".getBytes(StandardCharsets.UTF_8), contents(study), "nothing was restored"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@Order(3)
	void theScheduledBackupWritesASetWhenItIsDue() throws Exception {
		Path scheduled = destination.resolveSibling("scheduled-sets"); //$NON-NLS-1$
		Backups.deleteTree(scheduled);
		PreferencesDialogPage prefs = PreferencesDialogPage.open(BackupUI.PREFERENCE_PAGE);
		Ui.run(() -> {
			org.eclipse.swt.widgets.Button b = Ui.find(prefs.shell(), "backupPrefs.scheduled", org.eclipse.swt.widgets.Button.class); //$NON-NLS-1$
			b.setSelection(true);
		});
		prefs.setText("backupPrefs.destination", scheduled.toString()); //$NON-NLS-1$
		prefs.setText("backupPrefs.webhook", ""); //$NON-NLS-1$ //$NON-NLS-2$
		prefs.setText("backupPrefs.interval", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		prefs.setText("backupPrefs.retention", "7"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.processEvents();
		Ui.run(() -> prefs.shell().update());
		Screenshots.saveForDocs("backup-preferences.png"); //$NON-NLS-1$
		prefs.ok();
		assertTrue(BackupSettings.scheduled());
		assertEquals(1, BackupSettings.intervalHours());
		assertEquals(7, BackupSettings.retentionDays());

		long deadline = System.nanoTime() + 120_000_000_000L;
		Optional<BackupSet> written = Optional.empty();
		while (written.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(250);
			written = new Backups(scheduled).latestGood();
		}
		assertTrue(written.isPresent(), "a scheduled set within 2 minutes in " + scheduled + "; the last look: " //$NON-NLS-1$ //$NON-NLS-2$
				+ ScheduledBackups.start().last());
		assertNotNull(written.get().manifest().items().stream().filter(i -> i.name().equals(UserData.MATERIALS)).findFirst()
				.orElse(null), "the scheduled set holds the databases"); //$NON-NLS-1$
		BackupSettings.node().putBoolean(BackupSettings.SCHEDULED, false);
		BackupSettings.node().put(BackupSettings.DESTINATION, destination.toString());
		BackupSettings.save();
	}

	@Test
	@Order(4)
	void aRestoreIsRefusedWhileAJobOfTheWorkbenchRuns() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		String slow = new String(contents(study), StandardCharsets.UTF_8).replace("endTime=\"2.0\"", "endTime=\"500.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		study.setContents(new ByteArrayInputStream(slow.getBytes(StandardCharsets.UTF_8)), true, false, null);
		RunsUI.run(study, false);
		String id = null;
		long end = System.nanoTime() + 60_000_000_000L;
		while (id == null) {
			assertTrue(System.nanoTime() < end, "the job never ran"); //$NON-NLS-1$
			id = WorkbenchJobs.runner().store().list().stream().filter(j -> j.state() == RunState.RUNNING)
					.map(org.laserdamage.jobs.Job::id).findFirst().orElse(null);
			Thread.sleep(100);
		}
		byte[] before = contents(study);
		try {
			WizardDialogPage restore = WizardDialogPage.openFromMenu("File", "Restore from Backup...", RESTORE_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
			restore.selectRow("restore.sets", restore.rows("restore.sets").length - 1).next(); // the first, good set //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("preview", restore.pageName(), restore.errorMessage()); //$NON-NLS-1$
			restore.check("restore.confirm", true).next(); //$NON-NLS-1$
			assertEquals("preview", restore.pageName(), "not restored while a job runs"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(restore.errorMessage().contains(id) && restore.errorMessage().contains("Jobs view"), restore.errorMessage()); //$NON-NLS-1$
			Ui.closeDialogsAndEditors(RESTORE_TITLE);
			assertEquals(RunState.RUNNING, WorkbenchJobs.runner().store().find(id).orElseThrow().state(), "the job goes on"); //$NON-NLS-1$
			assertArrayEquals(before, contents(study), "nothing restored"); //$NON-NLS-1$
		} finally {
			WorkbenchJobs.runner().cancel(id);
			String running = id;
			long stop = System.nanoTime() + 60_000_000_000L;
			while (WorkbenchJobs.runner().store().find(running).orElseThrow().state() == RunState.RUNNING && System.nanoTime() < stop) {
				Thread.sleep(100);
			}
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static byte[] contents(IFile file) throws Exception {
		file.refreshLocal(0, null);
		try (InputStream in = file.getContents(true)) {
			return in.readAllBytes();
		}
	}

	private static void flipAByte(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
			long at = channel.size() / 2;
			channel.read(one, at);
			one.put(0, (byte) (one.get(0) ^ 0x40));
			one.rewind();
			channel.write(one, at);
		}
	}
}
