package org.laserdamage.headless;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import sun.misc.Signal;

/**
 * Turns SIGINT, SIGTERM and SIGHUP into a cancelled run: the run that is
 * going on stops at its next step, keeps its partial results as
 * {@code <out>.cancelled-…} and the command exits with 128 + the signal's
 * number (130, 143, 129). Without a run to cancel, or when a second signal
 * comes or the run does not stop within {@value #GRACE_SECONDS} s, the
 * process exits at once with that code.
 */
final class Interruptions {

	private static final String[] SIGNALS = { "INT", "TERM", "HUP" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final int GRACE_SECONDS = 30;

	private volatile IProgressMonitor cancellable;
	private volatile Signal received;

	/** Installs the handlers for this process; signals the platform does not know are skipped. */
	void install() {
		for (String name : SIGNALS) {
			try {
				Signal.handle(new Signal(name), this::onSignal);
			} catch (IllegalArgumentException e) {
				// not a signal on this platform, or used by the JVM itself
			}
		}
	}

	/** @param monitor the monitor of the run going on; null when none is */
	void cancellable(IProgressMonitor monitor) {
		cancellable = monitor;
	}

	/** @return the name of the signal received, e.g. {@code SIGTERM}; null when none came */
	String signalName() {
		Signal s = received;
		return s == null ? null : "SIG" + s.getName(); //$NON-NLS-1$
	}

	/** @return the exit code for the signal received, or {@code fallback} when none came */
	int exitCode(int fallback) {
		Signal s = received;
		return s == null ? fallback : 128 + s.getNumber();
	}

	private void onSignal(Signal signal) {
		boolean second = received != null;
		received = signal;
		IProgressMonitor monitor = cancellable;
		if (second || monitor == null) {
			System.out.flush();
			System.err.println(NLS.bind(Messages.Cli_interrupted, signalName()));
			Runtime.getRuntime().halt(128 + signal.getNumber());
		}
		monitor.setCanceled(true);
		Thread watchdog = new Thread(() -> {
			try {
				TimeUnit.SECONDS.sleep(GRACE_SECONDS);
			} catch (InterruptedException e) {
				return;
			}
			System.err.println(Messages.Cli_notStopping);
			Runtime.getRuntime().halt(128 + signal.getNumber());
		}, "laserdamage-signal-watchdog"); //$NON-NLS-1$
		watchdog.setDaemon(true);
		watchdog.start();
	}
}
