package org.laserdamage.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Measures the start-up for the start-up benchmark
 * ({@code releng/scripts/benchmark-startup.sh}): the time from the start of
 * the JVM until the first window is open and its first events are processed,
 * i.e. the window is usable. Active only with
 * {@code -Dlaserdamage.startupReport=<file>}, which gets one line
 * {@code startup_ms=<n> framework_ms=<n> workbench_ms=<n> first_events_ms=<n>}
 * appended (JVM start to usable window, of which: until the application
 * started, until the window opened, until its first events were handled); with {@code -Dlaserdamage.exitAfterStartup=true}
 * the workbench then closes.
 */
final class StartupProbe {

	static final String REPORT_PROPERTY = "laserdamage.startupReport"; //$NON-NLS-1$
	static final String EXIT_PROPERTY = "laserdamage.exitAfterStartup"; //$NON-NLS-1$
	static final String WELCOME_PROPERTY = "laserdamage.welcome"; //$NON-NLS-1$

	private final long applicationStart = System.currentTimeMillis();
	private long windowOpen;
	private boolean reported;

	/** @return false when {@code -Dlaserdamage.welcome=false} keeps the Welcome view closed (UI tests) */
	boolean welcomeAllowed() {
		return !"false".equals(System.getProperty(WELCOME_PROPERTY)); //$NON-NLS-1$
	}

	void windowOpened(IWorkbenchWindow window) {
		String report = System.getProperty(REPORT_PROPERTY);
		if (report == null || report.isBlank() || reported) {
			return;
		}
		reported = true;
		windowOpen = System.currentTimeMillis();
		Display display = window.getShell().getDisplay();
		// runs once the event loop has painted the window and handled what start-up queued
		display.asyncExec(() -> display.asyncExec(() -> {
			long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
			long millis = System.currentTimeMillis() - jvmStart;
			String line = String.format(Locale.ROOT, "startup_ms=%d framework_ms=%d workbench_ms=%d first_events_ms=%d%n", //$NON-NLS-1$
					millis, applicationStart - jvmStart, windowOpen - applicationStart,
					System.currentTimeMillis() - windowOpen);
			try {
				Files.writeString(Path.of(report), line,
						StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			} catch (IOException e) {
				ILog.of(StartupProbe.class).error("Cannot write the start-up time to " + report, e); //$NON-NLS-1$
			}
			if (Boolean.getBoolean(EXIT_PROPERTY)) {
				PlatformUI.getWorkbench().close();
			}
		}));
	}
}
