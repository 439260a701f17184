package org.laserdamage.solver.nodal;

import java.util.function.DoubleConsumer;

import org.eclipse.core.runtime.IProgressMonitor;

/** Turns the simulated time an external code reports into work on a monitor: {@code ticks} for the whole run. */
public final class TimeProgress implements DoubleConsumer {

	private final IProgressMonitor monitor;
	private final int ticks;
	private final double end;
	private int done;

	/** @param monitor begun with {@code ticks} work */
	public TimeProgress(IProgressMonitor monitor, int ticks, double endTime) {
		this.monitor = monitor;
		this.ticks = ticks;
		this.end = endTime;
	}

	@Override
	public void accept(double time) {
		int reached = (int) Math.min(ticks, ticks * time / end);
		if (reached > done) {
			monitor.worked(reached - done);
			done = reached;
		}
	}
}
