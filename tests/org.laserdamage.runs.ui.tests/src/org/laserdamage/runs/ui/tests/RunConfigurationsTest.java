package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.Job;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.runs.ui.internal.launch.LaunchAttributes;
import org.laserdamage.ui.testsupport.JobsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.RunConfigurationsPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * Run &gt; Run Configurations: a Laser Damage Simulation made in the dialog with
 * its study, solver and place, run from there; its job shows in the Jobs view
 * and succeeds, and the configuration is in the launch history.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class RunConfigurationsTest {

	@AfterEach
	void reset() throws Exception {
		Runs.joinAll();
		for (ILaunchConfiguration config : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
			config.delete();
		}
	}

	@Test
	void aConfigurationMadeInTheDialogRunsAsAJobAndIsInTheHistory() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		List<String> before = WorkbenchJobs.runner().store().list().stream().map(Job::id).toList();
		RunConfigurationsPage dialog = RunConfigurationsPage.open().newConfiguration("Laser Damage Simulation"); //$NON-NLS-1$
		dialog.tab("Study").setText("launch.project", study.getProject().getName()) //$NON-NLS-1$ //$NON-NLS-2$
				.setText("launch.file", study.getProjectRelativePath().toPortableString()); //$NON-NLS-1$
		dialog.tab("Solver").select("launch.solver", "Built-in"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.tab("Where to run").select("launch.place", "(local)").setText("launch.timeout", "10 min"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Screenshots.saveForDocs("run-configurations.png"); //$NON-NLS-1$
		dialog.run();

		Ui.waitUntil("the launched job", () -> newJob(before) != null); //$NON-NLS-1$
		Job job = newJob(before);
		assertEquals("org.laserdamage.solver.builtin", job.spec().solverId()); //$NON-NLS-1$
		assertEquals("local", job.spec().place()); //$NON-NLS-1$
		assertEquals(java.time.Duration.ofMinutes(10), job.spec().timeout());
		JobsViewPage.show().waitForState(job.id(), "succeeded"); //$NON-NLS-1$
		Runs.joinAll();
		assertEquals(RunState.SUCCEEDED, WorkbenchJobs.runner().store().find(job.id()).orElseThrow().state());
		assertEquals(1, StudyRuns.runs(study).size(), "the results beside the study"); //$NON-NLS-1$

		ILaunchConfiguration last = Ui.call(() -> DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP));
		assertNotNull(last, "the configuration is in the launch history"); //$NON-NLS-1$
		assertEquals(LaunchAttributes.TYPE, last.getType().getIdentifier());
		assertEquals(study.getProjectRelativePath().toPortableString(), last.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
		assertTrue(last.getAttribute(LaunchAttributes.SOLVER, "").endsWith("builtin")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void runOnASelectedStudyMakesItsConfigurationAndRunsIt() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		List<String> before = WorkbenchJobs.runner().store().list().stream().map(Job::id).toList();
		org.laserdamage.runs.ui.internal.navigator.StudiesView view = Runs.selectInStudiesView(study);
		Ui.run(() -> {
			try {
				view.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand("org.eclipse.debug.ui.commands.RunLast", null); // Ctrl+F11 //$NON-NLS-1$
			} catch (org.eclipse.core.commands.common.CommandException e) {
				throw new AssertionError(e);
			}
		});
		Ui.waitUntil("the launched job", () -> newJob(before) != null); //$NON-NLS-1$
		Runs.joinAll();
		assertEquals(RunState.SUCCEEDED, WorkbenchJobs.runner().store().find(newJob(before).id()).orElseThrow().state());
		ILaunchConfiguration config = org.laserdamage.runs.ui.internal.launch.SimulationLaunchShortcut.find(study);
		assertNotNull(config, "the study got its configuration"); //$NON-NLS-1$
		assertEquals(study.getProject().getName(), config.getAttribute(LaunchAttributes.PROJECT, "")); //$NON-NLS-1$
	}

	@Test
	void theStudiesViewOffersRunAsOnAStudy() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		org.laserdamage.runs.ui.internal.navigator.StudiesView view = Runs.selectInStudiesView(study);
		org.eclipse.swt.widgets.Tree tree = Ui.call(() -> view.viewer().getTree());
		List<String> labels = org.laserdamage.ui.testsupport.Menus.contextLabels(tree);
		assertTrue(labels.contains("Run As"), labels.toString()); //$NON-NLS-1$
		assertTrue(!labels.contains("Debug As"), "no debug mode: " + labels); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Job newJob(List<String> before) {
		try {
			return WorkbenchJobs.runner().store().list().stream().filter(j -> !before.contains(j.id())).findFirst()
					.orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}
}
