package org.laserdamage.runs.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.laserdamage.runs.ui.internal.LocalRuns;
import org.laserdamage.runs.ui.internal.RunChoice;

/** Ids and the entry point of running studies in the workbench. */
public final class RunsUI {

	public static final String PLUGIN_ID = "org.laserdamage.runs.ui"; //$NON-NLS-1$
	/** Runs the study of the active study editor or the selected study file. */
	public static final String RUN_COMMAND = "org.laserdamage.runs.ui.commands.run"; //$NON-NLS-1$
	/** Study &gt; Validate Study: the errors of the edited or selected study, in a dialog. */
	public static final String VALIDATE_COMMAND = "org.laserdamage.runs.ui.commands.validate"; //$NON-NLS-1$
	/** Family of every run job, for {@code IJobManager.find}/{@code join}. */
	public static final Object JOB_FAMILY = RunsUI.class.getName() + ".runs"; //$NON-NLS-1$
	/** The Studies navigator: projects, studies and their runs. */
	public static final String STUDIES_VIEW = "org.laserdamage.runs.ui.views.studies"; //$NON-NLS-1$
	/** The Jobs view (an e4 part; it replaced the Runs monitor under the same id): every job and its state. */
	public static final String RUNS_VIEW = "org.laserdamage.runs.ui.views.runs"; //$NON-NLS-1$
	/** The Run Summary (an e4 part) of the run selected in the Studies view. */
	public static final String RUN_SUMMARY_VIEW = "org.laserdamage.runs.ui.views.runSummary"; //$NON-NLS-1$

	private RunsUI() {
	}

	/**
	 * Submits a run of a saved study file as a job of the workbench's job
	 * runner: the study's solver on this computer with the options of the
	 * preferences (at most {@code local.slots} jobs at once); its results are
	 * copied into a new folder of {@link StudyRuns#runsFolder(IFile)} and opened
	 * when it succeeds.
	 *
	 * @param openResults whether to open the Results editor when the run succeeds
	 * @return the workbench job that follows the run (cancel it to cancel the run)
	 */
	public static Job run(IFile study, boolean openResults) {
		return LocalRuns.getDefault().submit(study, RunChoice.defaults(), openResults);
	}
}
