package org.laserdamage.results.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Column_criterion;
	public static String Column_margin;
	public static String Column_reached;
	public static String Column_time;
	public static String Criterion_meltOnset;
	public static String Criterion_meltThrough;
	public static String Criterion_peakTemperature;
	public static String Editor_readFailed;
	public static String Editor_reading;
	public static String Editor_refresh;
	public static String Editor_refreshTip;
	public static String Editor_unsupportedInput;
	public static String Export_csv;
	public static String Export_failed;
	public static String Export_title;
	public static String Job_read;
	public static String Job_snapshot;
	public static String Map_drawing;
	public static String Map_loadFailed;
	public static String Map_none;
	public static String Map_ownScale;
	public static String Map_ownScaleTip;
	public static String Map_time;
	public static String No;
	public static String Summary_created;
	public static String Summary_damageHeading;
	public static String Summary_endTime;
	public static String Summary_eventsHeading;
	public static String Summary_meltThrough;
	public static String Summary_verification;
	public static String Summary_peakTemperature;
	public static String Summary_noEstimate;
	public static String Summary_estimate;
	public static String Summary_orderObserved;
	public static String Summary_orderAssumed;
	public static String Summary_notEvaluated;
	public static String Summary_notFinished;
	public static String Summary_notApplicable;
	public static String Summary_notReached;
	public static String Summary_notReachedBeforeStop;
	public static String Summary_peak;
	public static String Summary_peakValue;
	public static String Summary_solver;
	public static String Summary_study;
	public static String Summary_warnings;
	public static String Tab_events;
	public static String Tab_map;
	public static String Tab_probes;
	public static String Tab_summary;
	public static String Yes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
