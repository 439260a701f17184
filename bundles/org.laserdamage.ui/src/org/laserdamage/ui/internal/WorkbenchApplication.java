package org.laserdamage.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.ui.WorkbenchPreferences;

/** Starts the workbench (e4 with the 3.x compatibility layer). */
public final class WorkbenchApplication implements IApplication {

	/** System property the material store reads its data directory from. */
	static final String DATA_PROPERTY = "laserdamage.data"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		applyDataDirectory();
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new LaserDamageWorkbenchAdvisor(new StartupProbe()));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * The data directory of the preferences applies unless the command line
	 * or the environment names one ({@code -Dlaserdamage.data}, {@code LASERDAMAGE_DATA}).
	 */
	static void applyDataDirectory() {
		if (System.getProperty(DATA_PROPERTY) != null || System.getenv("LASERDAMAGE_DATA") != null) { //$NON-NLS-1$
			return;
		}
		WorkbenchPreferences.dataDirectory().ifPresent(dir -> System.setProperty(DATA_PROPERTY, dir));
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
