package org.laserdamage.monitor.ui;

/**
 * Identifiers of the Monitoring perspective's views and commands.
 */
public final class MonitorUI {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.laserdamage.monitor.ui"; //$NON-NLS-1$
	/** The System Health view: live charts of the local runtime or of a server. */
	public static final String HEALTH_VIEW = "org.laserdamage.monitor.ui.views.health"; //$NON-NLS-1$
	/** The Server Jobs view: the jobs of a server. */
	public static final String SERVER_JOBS_VIEW = "org.laserdamage.monitor.ui.views.serverJobs"; //$NON-NLS-1$
	/** Submit to Server… on a study. */
	public static final String SUBMIT_COMMAND = "org.laserdamage.monitor.ui.commands.submit"; //$NON-NLS-1$
	/** Preferences &gt; Laser Damage &gt; Monitoring. */
	public static final String PREFERENCE_PAGE = "org.laserdamage.monitor.ui.preferences.monitoring"; //$NON-NLS-1$

	private MonitorUI() {
	}
}
