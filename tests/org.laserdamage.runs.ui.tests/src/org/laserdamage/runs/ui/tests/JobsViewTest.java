package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.runs.ui.internal.monitor.JobActions;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.testsupport.JobsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * The Jobs view: a running job cancelled, a finished one run again and its
 * results opened, the state filter, and a job of a process that died while it
 * ran, found in the job list when the runner starts, shown as failed with why.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class JobsViewTest {

	@AfterEach
	void reset() {
		Runs.joinAll();
	}

	@Test
	void aRunningJobCancelledFromTheViewEndsCancelled() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.edit(study, "endTime=\"2.0\"", "endTime=\"500.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		RunsUI.run(study, false);
		Runs.waitForState(study, RunState.RUNNING);
		String id = Runs.last(study).jobId();
		JobsViewPage view = JobsViewPage.show();
		view.waitForState(id, "running"); //$NON-NLS-1$
		assertFalse(view.select(id).enabled(JobActions.RERUN), "a running job cannot run again"); //$NON-NLS-1$
		view.press(JobActions.CANCEL);

		JobsViewPage.Row row = view.waitForState(id, "cancelled"); //$NON-NLS-1$
		assertFalse(row.reason().isBlank(), "a cancelled job says so"); //$NON-NLS-1$
		assertFalse(row.ended().isBlank());
		Runs.joinAll();
		assertEquals(RunState.CANCELLED, WorkbenchJobs.runner().store().find(id).orElseThrow().state());
	}

	@Test
	void aFinishedJobRunsAgainAndOpensItsResults() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		RunsUI.run(study, false).join();
		String first = Runs.last(study).jobId();
		JobsViewPage view = JobsViewPage.show();
		JobsViewPage.Row done = view.waitForState(first, "succeeded"); //$NON-NLS-1$
		assertEquals(study.getFullPath().toString(), done.study());
		assertEquals("local", done.place()); //$NON-NLS-1$
		assertTrue(done.solver().toLowerCase(java.util.Locale.ROOT).contains("built-in"), done.solver()); //$NON-NLS-1$
		assertEquals("100 %", done.progress()); //$NON-NLS-1$
		assertTrue(done.result().contains("Al 6061"), done.result()); //$NON-NLS-1$

		view.select(first).press(JobActions.RERUN);
		Ui.waitUntil("a second run of the study", () -> Runs.of(study).size() == 2); //$NON-NLS-1$
		Runs.joinAll();
		String second = Runs.last(study).jobId();
		assertNotNull(second);
		assertFalse(second.equals(first), "re-run is a new job"); //$NON-NLS-1$
		view.waitForState(second, "succeeded"); //$NON-NLS-1$
		assertEquals(2, org.laserdamage.runs.ui.StudyRuns.runs(study).size(), "both runs beside the study"); //$NON-NLS-1$
		if (Screenshots.forDocs()) {
			showPerspective(LaserDamageUI.MONITORING_PERSPECTIVE);
			JobsViewPage.show().select(second);
			Screenshots.saveWindowForDocs("jobs-view.png"); //$NON-NLS-1$
			showPerspective(LaserDamageUI.STUDY_PERSPECTIVE);
			view = JobsViewPage.show();
		}

		view.select(second).press(JobActions.OPEN_RESULTS);
		Ui.waitUntil("the Results editor", () -> Ui.call(() -> { //$NON-NLS-1$
			IEditorPart active = StudyEditorPage.page().getActiveEditor();
			return active != null && ResultsUI.EDITOR_ID.equals(active.getSite().getId());
		}));
	}

	private static void showPerspective(String id) {
		Ui.run(() -> {
			try {
				PlatformUI.getWorkbench().showPerspective(id, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			} catch (WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void theStateFilterShowsOnlyThatState() throws Exception {
		IFile good = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		RunsUI.run(good, false).join();
		IFile never = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.edit(never, "endTime=\"2.0\"", "endTime=\"500.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		org.eclipse.core.runtime.jobs.Job cancelled = RunsUI.run(never, false);
		Runs.waitForState(never, RunState.RUNNING);
		cancelled.cancel();
		cancelled.join();
		JobsViewPage view = JobsViewPage.show();
		view.waitForState(Runs.last(never).jobId(), "cancelled"); //$NON-NLS-1$

		view.filter("cancelled"); //$NON-NLS-1$
		List<JobsViewPage.Row> rows = view.rows();
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(r -> r.state().equals("cancelled")), rows.toString()); //$NON-NLS-1$
		assertTrue(view.row(Runs.last(good).jobId()).isEmpty(), "the succeeded job is filtered out"); //$NON-NLS-1$
		view.filter("succeeded"); //$NON-NLS-1$
		assertTrue(view.row(Runs.last(good).jobId()).isPresent());
		assertTrue(view.rows().stream().allMatch(r -> r.state().equals("succeeded"))); //$NON-NLS-1$
		view.filter("All states"); //$NON-NLS-1$
		assertTrue(view.row(Runs.last(never).jobId()).isPresent() && view.row(Runs.last(good).jobId()).isPresent());
	}

	@Test
	void aJobWhoseProcessDiedWhileItRanShowsFailedWithTheReason() throws Exception {
		IFile file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Study study = StudyIO.load(file.getLocation().toPath());
		IMaterialLibrary library = WorkbenchMaterials.library(p -> {
		});
		List<Material> materials = new ArrayList<>();
		for (Layer layer : study.getTarget().getLayers()) {
			materials.add(library.find(layer.getMaterialId()).orElseThrow());
		}
		// as if the workbench had stopped: another process's job list, written while the workbench was not running
		WorkbenchJobs.close();
		FileJobStore store = new FileJobStore(MaterialStores.dataDirectory().resolve(WorkbenchJobs.JOBS_FOLDER));
		ProcessIdentity self = ProcessIdentity.current();
		ProcessIdentity dead = new ProcessIdentity(self.host(), self.pid(), "1970-01-01T00:00:00Z"); //$NON-NLS-1$
		Job job = store.create(study, materials, JobSpec.local("org.laserdamage.solver.builtin")); //$NON-NLS-1$
		store.update(job.id(), j -> j.startingAttempt(1, dead));
		assertFalse(dead.isAlive(), "the owner is another, ended process"); //$NON-NLS-1$

		JobsViewPage view = JobsViewPage.show();
		Ui.run(() -> ((org.laserdamage.runs.ui.internal.monitor.JobsPart) org.eclipse.ui.PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getService(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
				.findPart(RunsUI.RUNS_VIEW).getObject()).refresh());
		JobsViewPage.Row row = view.waitForState(job.id(), "failed"); //$NON-NLS-1$
		assertTrue(row.reason().contains("ended while it ran"), row.reason()); //$NON-NLS-1$
		assertTrue(row.reason().contains(Long.toString(self.pid())), row.reason());
		assertEquals(RunState.FAILED, WorkbenchJobs.runner().store().find(job.id()).orElseThrow().state());
	}
}
