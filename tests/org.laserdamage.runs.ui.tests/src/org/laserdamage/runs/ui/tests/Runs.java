package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.laserdamage.core.RunState;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.internal.LocalRuns;
import org.laserdamage.runs.ui.internal.RunRecord;
import org.laserdamage.runs.ui.internal.jobs.JobPreferences;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.Ui;

/** Waiting for runs and reading their records. */
final class Runs {

	private Runs() {
	}

	/** Waits (with the UI timeout, the event loop kept running) until no run job is left. */
	static void joinAll() {
		Ui.waitUntil("every run to end", () -> Job.getJobManager().find(RunsUI.JOB_FAMILY).length == 0); //$NON-NLS-1$
	}

	/** @return the records of {@code study}, oldest first */
	static List<RunRecord.Snapshot> of(IFile study) {
		return LocalRuns.getDefault().snapshot().stream().filter(s -> s.study().equals(study))
				.sorted((a, b) -> a.queued().compareTo(b.queued())).toList();
	}

	static RunRecord.Snapshot last(IFile study) {
		List<RunRecord.Snapshot> runs = of(study);
		assertTrue(!runs.isEmpty(), "no run of " + study); //$NON-NLS-1$
		return runs.get(runs.size() - 1);
	}

	static void waitForState(IFile study, RunState state) {
		Ui.waitUntil("the run of " + study.getName() + " to be " + state, //$NON-NLS-1$ //$NON-NLS-2$
				() -> !of(study).isEmpty() && last(study).state() == state);
	}

	/** Sets how many jobs run at once on this computer (the preference {@code local.slots}). */
	static void setParallelJobs(int jobs) {
		JobPreferences.node().putInt(JobPreferences.LOCAL_SLOTS, jobs);
	}

	static void resetParallelJobs() {
		JobPreferences.node().remove(JobPreferences.LOCAL_SLOTS);
	}

	/** Shows the Studies view, activates it and selects {@code file} in it. */
	static StudiesView selectInStudiesView(IFile file) {
		return Ui.call(() -> {
			try {
				IWorkbenchPage page = StudyEditorPage.page();
				StudiesView view = (StudiesView) page.showView(RunsUI.STUDIES_VIEW);
				page.activate(view);
				view.viewer().setSelection(new StructuredSelection(file), true);
				return view;
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Replaces {@code from} by {@code to} in the study file. */
	static void edit(IFile study, String from, String to) throws Exception {
		String text = new String(study.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains(from), study + " holds " + from); //$NON-NLS-1$
		study.setContents(new java.io.ByteArrayInputStream(
				text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
	}
}
