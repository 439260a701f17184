package org.laserdamage.results.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.laserdamage.report.ResultCharts;
import org.laserdamage.report.ResultCharts.LengthScale;
import org.laserdamage.report.ResultCharts.TemperatureScale;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.ui.DisplayUnits;

/**
 * Reads a run directory and builds its probe chart off the UI thread. The
 * outcome goes to {@code loaded} or {@code failed} (called from the job's
 * thread); a read failure is the editor's to show, not the error log's.
 */
final class LoadJob extends Job {

	private final Path directory;
	private final Consumer<LoadedRun> loaded;
	private final Consumer<IOException> failed;

	LoadJob(Path directory, Consumer<LoadedRun> loaded, Consumer<IOException> failed) {
		super(NLS.bind(Messages.Job_read, directory));
		this.directory = directory;
		this.loaded = loaded;
		this.failed = failed;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			RunResults results = RunResults.open(directory);
			// the probe curves and the maps in the display units
			DisplayUnits units = DisplayUnits.current();
			TemperatureScale scale = units.temperature() == DisplayUnits.Unit.CELSIUS ? TemperatureScale.CELSIUS
					: TemperatureScale.KELVIN;
			LengthScale lengths = units.length() == DisplayUnits.Unit.MICROMETRE ? LengthScale.MICROMETRE
					: LengthScale.MILLIMETRE;
			JFreeChart probeChart = ResultCharts.probeChart(results, scale);
			double radius = Double.POSITIVE_INFINITY;
			double[] mapScale = null;
			if (results.mesh().isPresent() && !results.snapshots().isEmpty()) {
				int last = results.snapshots().size() - 1;
				radius = ResultCharts.heatedRadius(results.mesh().get(), results.loadSnapshot(last));
				mapScale = ResultCharts.temperatureRange(results);
			}
			loaded.accept(new LoadedRun(results, probeChart, radius, mapScale, scale, lengths));
		} catch (IOException e) {
			failed.accept(e);
		} catch (RuntimeException e) {
			// a malformed file the readers did not expect: say so instead of "Reading…" for ever
			failed.accept(new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ResultsUI.JOB_FAMILY;
	}
}
