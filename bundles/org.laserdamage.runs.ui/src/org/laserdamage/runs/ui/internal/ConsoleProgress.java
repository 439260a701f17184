package org.laserdamage.runs.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.osgi.util.NLS;

/** Passes progress on and writes a console line at every tenth of the work, with the time taken. */
final class ConsoleProgress extends ProgressMonitorWrapper {

	private final RunConsole console;
	private final Instant start = Instant.now();
	private double total = 1;
	private double worked;
	private int lastTenth;

	ConsoleProgress(IProgressMonitor monitor, RunConsole console) {
		super(monitor);
		this.console = console;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = totalWork <= 0 ? 1 : totalWork;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		worked += work;
		int tenth = (int) Math.floor(10 * worked / total);
		if (tenth > lastTenth && tenth <= 10) {
			lastTenth = tenth;
			long seconds = Duration.between(start, Instant.now()).toSeconds();
			console.info(NLS.bind(Messages.Console_progress, tenth * 10, seconds));
		}
	}
}
