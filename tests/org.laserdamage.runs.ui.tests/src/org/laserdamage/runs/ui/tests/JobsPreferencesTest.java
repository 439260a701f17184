package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.runs.ui.internal.RunChoice;
import org.laserdamage.runs.ui.internal.jobs.JobPreferences;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.PreferencesDialogPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Ui;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Preferences &gt; Laser Damage &gt; Jobs keeps every field under the key its
 * place or solver reads, and submitted jobs get them: place settings through
 * JobSettings, solver options into the job's spec.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class JobsPreferencesTest {

	private static final String PAGE = "org.laserdamage.runs.ui.preferences.jobs"; //$NON-NLS-1$

	@AfterEach
	void reset() throws BackingStoreException {
		JobPreferences.node().clear();
		JobPreferences.solverNode(JobPreferences.CALCULIX).clear();
		JobPreferences.solverNode(JobPreferences.ANSYS).clear();
	}

	@Test
	void theFieldsAreStoredUnderTheKeysOfPlacesAndSolvers() {
		PreferencesDialogPage page = PreferencesDialogPage.open(PAGE);
		page.setText("prefs.local.slots", "3") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.slurm.partition", "short") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.slurm.account", "optics") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.slurm.sharedFolder", "/shared/laserdamage") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.slurm.launcher", "/opt/laserdamage/laserdamage") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.root", "/opt/ansys_inc/v211") //$NON-NLS-1$ //$NON-NLS-2$
				.setText("prefs.licenseServer", "1055@licsrv"); //$NON-NLS-1$ //$NON-NLS-2$
		// two fields have the key "executable": CalculiX's comes first on the page, then ANSYS's
		Ui.run(() -> {
			java.util.List<org.eclipse.swt.widgets.Text> executables = new java.util.ArrayList<>();
			Ui.find(page.shell(), org.eclipse.swt.widgets.Text.class, t -> {
				if ("prefs.executable".equals(t.getData(org.laserdamage.ui.LaserDamageUI.WIDGET_KEY))) { //$NON-NLS-1$
					executables.add(t);
				}
				return false;
			});
			assertEquals(2, executables.size());
			executables.get(0).setText("/usr/bin/ccx"); //$NON-NLS-1$
			executables.get(1).setText("ansys211"); //$NON-NLS-1$
		});
		page.ok();

		assertEquals("3", JobPreferences.node().get("local.slots", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("short", JobPreferences.node().get("slurm.partition", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("optics", JobPreferences.node().get("slurm.account", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("/shared/laserdamage", JobPreferences.node().get("slurm.sharedFolder", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("/opt/laserdamage/laserdamage", JobPreferences.node().get("slurm.launcher", null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Map.of("executable", "/usr/bin/ccx"), JobPreferences.solverOptions(JobPreferences.CALCULIX)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Map.of("root", "/opt/ansys_inc/v211", "licenseServer", "1055@licsrv", "executable", "ansys211"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				JobPreferences.solverOptions(JobPreferences.ANSYS));

		assertEquals("short", WorkbenchJobs.settings().get("slurm.partition").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("3", WorkbenchJobs.settings().get("local.slots").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
		JobSpec calculix = new RunChoice(JobPreferences.CALCULIX, Map.of(), "local", java.time.Duration.ZERO, 1) //$NON-NLS-1$
				.spec(null);
		assertEquals(Map.of("executable", "/usr/bin/ccx"), calculix.solverOptions()); //$NON-NLS-1$ //$NON-NLS-2$
		JobSpec overridden = new RunChoice(JobPreferences.CALCULIX, Map.of("executable", "/opt/ccx"), "local", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				java.time.Duration.ZERO, 1).spec(null);
		assertEquals("/opt/ccx", overridden.solverOptions().get("executable"), "a launch configuration's option wins"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		PreferencesDialogPage again = PreferencesDialogPage.open(PAGE);
		assertEquals("short", again.text("prefs.slurm.partition")); //$NON-NLS-1$ //$NON-NLS-2$
		again.cancel();
	}

	@Test
	void parallelJobsMustBeAWholeNumberFromOneTo64() {
		PreferencesDialogPage page = PreferencesDialogPage.open(PAGE);
		page.setText("prefs.local.slots", "0"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the error of local.slots", () -> page.shell().isDisposed() //$NON-NLS-1$
				|| !Ui.find(page.shell(), org.eclipse.swt.widgets.Button.class,
						b -> b.getText().replace("&", "").equals("Apply and Close")).isEnabled()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		page.cancel();
		assertFalse(JobPreferences.node().get("local.slots", "").equals("0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
