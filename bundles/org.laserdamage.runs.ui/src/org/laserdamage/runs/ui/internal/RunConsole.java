package org.laserdamage.runs.ui.internal;

import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.laserdamage.runs.ui.RunsUI;

/**
 * The console every run writes to ({@value RunsUI#CONSOLE_NAME}): one line
 * per event, each with the local time and the study's name; errors in red.
 * Safe to call from any thread.
 */
public final class RunConsole {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$
	private static MessageConsole console;

	private final String prefix;

	RunConsole(String studyName) {
		this.prefix = '[' + studyName + "] "; //$NON-NLS-1$
	}

	/** @return the runs console, created and added to the console manager on first use */
	public static synchronized MessageConsole console() {
		if (console == null) {
			IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
			for (IConsole existing : manager.getConsoles()) {
				if (existing instanceof MessageConsole message && RunsUI.CONSOLE_NAME.equals(existing.getName())) {
					console = message;
					return console;
				}
			}
			console = new MessageConsole(RunsUI.CONSOLE_NAME, null);
			manager.addConsoles(new IConsole[] { console });
		}
		return console;
	}

	void info(String line) {
		write(line, false);
	}

	void error(String line) {
		write(line, true);
	}

	private void write(String line, boolean error) {
		MessageConsole target = console();
		String text = LocalTime.now().format(TIME) + ' ' + prefix + line;
		try (MessageConsoleStream stream = target.newMessageStream()) {
			Display display = Display.getDefault();
			if (error && !display.isDisposed()) {
				display.syncExec(() -> stream.setColor(display.getSystemColor(SWT.COLOR_RED)));
			}
			stream.println(text);
		} catch (IOException e) {
			ILog.of(RunConsole.class).warn("Cannot write to the runs console: " + text, e); //$NON-NLS-1$
		}
	}

	/** Brings the console forward without taking the focus. */
	void show() {
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console());
	}
}
