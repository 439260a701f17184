package org.laserdamage.monitor.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Health_active;
	public static String Health_count;
	public static String Health_cpu;
	public static String Health_disk;
	public static String Health_failureChart;
	public static String Health_failureRate;
	public static String Health_jobName;
	public static String Health_licenceChart;
	public static String Health_licencesTotal;
	public static String Health_licencesUsed;
	public static String Health_local;
	public static String Health_memory;
	public static String Health_noLicences;
	public static String Health_percent;
	public static String Health_queued;
	public static String Health_read;
	public static String Health_settings;
	public static String Health_simulationsChart;
	public static String Health_source;
	public static String Health_systemChart;
	public static String Health_time;
	public static String Health_unreadable;
	public static String Jobs_cancel;
	public static String Jobs_cancelJob;
	public static String Jobs_download;
	public static String Jobs_downloadJob;
	public static String Jobs_ended;
	public static String Jobs_event;
	public static String Jobs_follow;
	public static String Jobs_followEnded;
	public static String Jobs_followJob;
	public static String Jobs_following;
	public static String Jobs_id;
	public static String Jobs_listJob;
	public static String Jobs_listed;
	public static String Jobs_opened;
	public static String Jobs_progress;
	public static String Jobs_reason;
	public static String Jobs_refresh;
	public static String Jobs_replica;
	public static String Jobs_solver;
	public static String Jobs_state;
	public static String Jobs_study;
	public static String Jobs_submitted;
	public static String Jobs_unreadable;
	public static String Settings_badRefresh;
	public static String Settings_cannotSave;
	public static String Settings_description;
	public static String Settings_local;
	public static String Settings_noServer;
	public static String Settings_refresh;
	public static String Settings_server;
	public static String Settings_test;
	public static String Settings_testCancelled;
	public static String Settings_testOk;
	public static String Settings_token;
	public static String Settings_tokenTooltip;
	public static String Settings_tokenUnreadable;
	public static String Settings_tokenUnwritable;
	public static String Settings_url;
	public static String Submit_job;
	public static String Submit_noStudy;
	public static String Submit_refused;
	public static String Submit_saveFirst;
	public static String Submit_title;
	public static String Submit_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
