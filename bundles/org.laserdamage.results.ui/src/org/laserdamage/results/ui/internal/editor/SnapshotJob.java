package org.laserdamage.results.ui.internal.editor;

import java.io.IOException;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.laserdamage.report.ResultCharts;
import org.laserdamage.results.ui.ResultsUI;

/**
 * Loads a snapshot and draws its map off the UI thread. Only the snapshot
 * asked for last is drawn: a slider dragged over many positions schedules
 * this job again and again, and a job scheduled while it runs runs once more.
 */
final class SnapshotJob extends Job {

	private final LoadedRun run;
	private final BiConsumer<Integer, JFreeChart> drawn;
	private volatile int wanted;
	private volatile boolean ownScale;

	/** @param drawn receives the snapshot index and its chart, on the job's thread */
	SnapshotJob(LoadedRun run, BiConsumer<Integer, JFreeChart> drawn) {
		super(Messages.Job_snapshot);
		this.run = run;
		this.drawn = drawn;
		setSystem(true);
	}

	/** Draws the next maps with the colour scale of their own field (true) or of the whole run (false, the default). */
	void ownScale(boolean own) {
		ownScale = own;
	}

	/** Draws snapshot {@code index} (position in the run's snapshot list). */
	void show(int index) {
		wanted = index;
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		int index = wanted;
		try {
			drawn.accept(index, ResultCharts.temperatureMapChart(run.results(), index, run.mapRadius(),
					ownScale ? null : run.mapScale(), run.temperatures(), run.lengths()));
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Map_loadFailed, index, e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ResultsUI.JOB_FAMILY;
	}
}
