package org.laserdamage.runs.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.laserdamage.ui.UiThread;

/**
 * The console every run writes to: one line per event, each with the local
 * time and the study's name; errors in red. Safe to call from any thread;
 * it never waits for the UI thread.
 */
public final class RunConsole {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$
	private static MessageConsole console;
	private static MessageConsoleStream info;
	private static MessageConsoleStream errors;

	private final String prefix;

	RunConsole(String studyName) {
		this.prefix = '[' + studyName + "] "; //$NON-NLS-1$
	}

	/** @return the runs console, created (again, if the user removed it) and added to the console manager */
	public static synchronized MessageConsole console() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		if (console != null && Arrays.asList(manager.getConsoles()).contains(console)) {
			return console;
		}
		console = new MessageConsole(Messages.Console_name, null);
		info = console.newMessageStream();
		errors = console.newMessageStream();
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		MessageConsoleStream red = errors;
		UiThread.asyncExec(display, () -> red.setColor(display.getSystemColor(SWT.COLOR_RED)));
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	void info(String line) {
		write(line, false);
	}

	void error(String line) {
		write(line, true);
	}

	private void write(String line, boolean error) {
		String text = LocalTime.now().format(TIME) + ' ' + prefix + line;
		MessageConsoleStream stream;
		synchronized (RunConsole.class) {
			console();
			stream = error ? errors : info;
		}
		// a message stream appends through the console's document job; println does not block
		stream.println(text);
	}

	/** Brings the console forward without taking the focus. */
	void show() {
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console());
	}
}
