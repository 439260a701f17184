package org.laserdamage.jobs;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The progress monitor of a running attempt: reports the fraction done, at
 * most once per interval, and each new sub-task name as what the attempt is
 * doing or waiting for (a place's "Slurm: Priority").
 */
public final class JobMonitor extends NullProgressMonitor {

	private final DoubleConsumer report;
	private final Consumer<String> reason;
	private String lastReason;
	private final long intervalMillis;
	private double total = 1;
	private double worked;
	private long lastReport;

	/**
	 * @param report         told the fraction done, at most once per {@code intervalMillis}
	 * @param reason         told each new sub-task name
	 * @param intervalMillis the least time between two reports
	 */
	public JobMonitor(DoubleConsumer report, Consumer<String> reason, long intervalMillis) {
		this.report = report;
		this.reason = reason;
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

	@Override
	public void subTask(String name) {
		String text = name == null ? "" : name; //$NON-NLS-1$
		if (!Objects.equals(text, lastReason)) {
			lastReason = text;
			reason.accept(text);
		}
	}
}
