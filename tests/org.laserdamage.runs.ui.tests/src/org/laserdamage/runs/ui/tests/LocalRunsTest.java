package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.core.RunState;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.RunRecord;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** The queue of local runs: states, the parallel-runs limit, cancellation, where results go. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class LocalRunsTest {

	@AfterEach
	void reset() {
		Runs.joinAll();
		Runs.resetParallelJobs();
	}

	@Test
	void runWritesResultsBesideTheStudyAndSucceeds() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Job job = RunsUI.run(study, false);
		job.join();

		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult().toString());
		RunRecord.Snapshot run = Runs.last(study);
		assertEquals(RunState.SUCCEEDED, run.state());
		assertNotNull(run.started());
		assertFalse(run.ended().isBefore(run.started()));
		List<IFolder> folders = StudyRuns.runs(study);
		assertEquals(1, folders.size(), folders.toString());
		IFolder folder = folders.get(0);
		assertEquals(StudyRuns.Kind.COMPLETE, StudyRuns.kind(folder));
		assertTrue(folder.getFile(RunDirectory.REPORT).exists(), "the run is refreshed into the workspace"); //$NON-NLS-1$
		assertEquals(folder.getLocation().toPath(), run.runDirectory());
		assertTrue(Files.size(run.runDirectory().resolve(RunDirectory.PROBES)) > 100);
	}

	@Test
	void atMostTheConfiguredNumberOfRunsRunAtOnce() throws Exception {
		Runs.setParallelJobs(1);
		List<IFile> studies = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			studies.add(TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim")); //$NON-NLS-1$
		}
		List<Job> jobs = studies.stream().map(s -> RunsUI.run(s, false)).toList();
		for (Job job : jobs) {
			job.join();
		}
		List<RunRecord.Snapshot> runs = studies.stream().map(Runs::last).sorted(
				(a, b) -> a.started().compareTo(b.started())).toList();
		for (RunRecord.Snapshot run : runs) {
			assertEquals(RunState.SUCCEEDED, run.state(), run.message());
		}
		for (int i = 1; i < runs.size(); i++) {
			assertFalse(runs.get(i).started().isBefore(runs.get(i - 1).ended()),
					"with one parallel run, run " + i + " started before the one before it ended"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aQueuedRunCancelledBeforeItStartsIsCancelled() throws Exception {
		Runs.setParallelJobs(1);
		IFile first = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.edit(first, "endTime=\"2.0\"", "endTime=\"500.0\""); // holds the one slot //$NON-NLS-1$ //$NON-NLS-2$
		IFile second = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Job running = RunsUI.run(first, false);
		Runs.waitForState(first, RunState.RUNNING);
		Job queued = RunsUI.run(second, false);
		Runs.waitForState(second, RunState.WAITING); // one slot, taken: the second run waits
		assertTrue(Runs.last(second).reason().contains("1 of 1"), Runs.last(second).reason()); //$NON-NLS-1$
		queued.cancel();
		queued.join();

		assertEquals(RunState.CANCELLED, Runs.last(second).state());
		assertEquals(List.of(), StudyRuns.runs(second), "a run that never started leaves no folder"); //$NON-NLS-1$
		assertEquals(RunState.RUNNING, Runs.last(first).state(), "the running one goes on"); //$NON-NLS-1$
		running.cancel();
		running.join();
	}

	@Test
	void aRunningRunCancelledKeepsItsPartialResultsAsCancelled() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.edit(study, "endTime=\"2.0\"", "endTime=\"500.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		Job job = RunsUI.run(study, false);
		Runs.waitForState(study, RunState.RUNNING);
		Ui.waitUntil("the run to write probes", () -> Runs.last(study).runDirectory() != null //$NON-NLS-1$
				&& java.nio.file.Files.isDirectory(Runs.last(study).runDirectory().getParent()));
		Thread.sleep(500);
		job.cancel();
		job.join();

		assertEquals(RunState.CANCELLED, Runs.last(study).state());
		List<IFolder> folders = StudyRuns.runs(study);
		assertEquals(1, folders.size(), "only the kept partial results, no empty run folder: " + folders); //$NON-NLS-1$
		assertEquals(StudyRuns.Kind.CANCELLED, StudyRuns.kind(folders.get(0)));
		assertTrue(folders.get(0).getFile(RunDirectory.PROBES).exists(), "the partial probes are kept"); //$NON-NLS-1$
	}

	@Test
	void aFailedRunCancelsNoOtherRun() throws Exception {
		Runs.setParallelJobs(2);
		IFile broken = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		Runs.edit(broken, "power=\"1000.0\"", "power=\"-5.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		IFile good = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		NoLoggedProblems.expect("laser.power"); //$NON-NLS-1$
		Job goodRun = RunsUI.run(good, false);
		Job brokenRun = RunsUI.run(broken, false);
		brokenRun.join();
		goodRun.join();
		IFile later = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		RunsUI.run(later, false).join();

		assertEquals(RunState.FAILED, Runs.last(broken).state());
		assertEquals(RunState.SUCCEEDED, Runs.last(good).state(), Runs.last(good).message());
		assertEquals(RunState.SUCCEEDED, Runs.last(later).state(), Runs.last(later).message());
	}

	@Test
	void anInvalidStudyFailsWithTheFieldInTheMessage() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		String text = new String(study.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String broken = text.replaceFirst("power=\"[^\"]*\"", "power=\"-5.0\""); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(text.equals(broken), "the example names a power"); //$NON-NLS-1$
		study.setContents(new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				true, false, null);
		NoLoggedProblems.expect("laser.power"); //$NON-NLS-1$
		Job job = RunsUI.run(study, false);
		job.join();
		Ui.processEvents();

		RunRecord.Snapshot run = Runs.last(study);
		assertEquals(RunState.FAILED, run.state());
		assertTrue(run.message().contains("laser.power"), run.message()); //$NON-NLS-1$
		assertTrue(StudyRuns.runs(study).stream().noneMatch(f -> StudyRuns.kind(f) == StudyRuns.Kind.COMPLETE));
	}
}
