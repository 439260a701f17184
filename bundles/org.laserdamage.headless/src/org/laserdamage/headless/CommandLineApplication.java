package org.laserdamage.headless;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code laserdamage} command of the headless product. Needs no display:
 * this bundle and everything it requires are free of SWT, JFace and the
 * workbench.
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Interruptions interruptions = new Interruptions();
		interruptions.install();
		int code = new Cli(System.out, System.err, System.console() != null, interruptions)
				.run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// A running command ends when its monitor is cancelled; nothing to release here.
	}
}
