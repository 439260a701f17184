package org.laserdamage.jobs;

import java.util.function.DoubleConsumer;

import org.eclipse.core.runtime.NullProgressMonitor;

/** The progress monitor of a running attempt: reports the fraction done, at most once per interval. */
final class JobMonitor extends NullProgressMonitor {

	private final DoubleConsumer report;
	private final long intervalMillis;
	private double total = 1;
	private double worked;
	private long lastReport;

	JobMonitor(DoubleConsumer report, long intervalMillis) {
		this.report = report;
		this.intervalMillis = intervalMillis;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork <= 0 ? 1 : totalWork;
		worked = 0;
	}

	@Override
	public void internalWorked(double work) {
		worked = Math.min(total, worked + work);
		long now = System.currentTimeMillis();
		if (now - lastReport >= intervalMillis) {
			lastReport = now;
			report.accept(worked / total);
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}
