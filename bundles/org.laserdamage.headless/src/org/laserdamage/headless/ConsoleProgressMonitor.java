package org.laserdamage.headless;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows progress on a terminal as a redrawn bar, and as plain lines at every
 * tenth when the output is a file or a pipe (CI logs, servers).
 */
final class ConsoleProgressMonitor extends NullProgressMonitor {

	private static final int BAR = 40;

	private final PrintStream out;
	private final boolean terminal;
	private String task = ""; //$NON-NLS-1$
	private double total = 100;
	private double worked;
	private int lastShown = -1;

	ConsoleProgressMonitor(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name; //$NON-NLS-1$
		total = totalWork <= 0 ? 100 : totalWork;
		worked = 0;
		show();
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
	}

	@Override
	public void internalWorked(double work) {
		worked = Math.min(total, worked + work);
		show();
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		worked = total;
		show();
		if (terminal) {
			out.println();
		}
	}

	private void show() {
		int percent = (int) Math.floor(100 * worked / total);
		if (terminal) {
			if (percent == lastShown) {
				return;
			}
			int filled = percent * BAR / 100;
			out.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + percent + "%"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			out.flush();
		} else {
			int tenth = percent / 10 * 10;
			if (tenth == lastShown) {
				return;
			}
			percent = tenth;
			out.println(task + ": " + tenth + "%"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		lastShown = percent;
	}
}
