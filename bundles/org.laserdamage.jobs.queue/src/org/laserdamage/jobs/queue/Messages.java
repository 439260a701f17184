package org.laserdamage.jobs.queue;

import org.eclipse.osgi.util.NLS;

/** Messages of the job queue. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.laserdamage.jobs.queue.messages"; //$NON-NLS-1$

	public static String Queue_badUrl;
	public static String Queue_resultsUnwritable;
	public static String Queue_unreachable;
	public static String Queue_noSuchJob;
	public static String Queue_badId;
	public static String Queue_damaged;
	public static String Queue_frozenMaterials;
	public static String Queue_cancelled;
	public static String Queue_requeued;
	public static String Queue_workerLost;
	public static String Worker_waiting;
	public static String Worker_timedOut;
	public static String Worker_retrying;
	public static String Worker_failedAfterAttempts;
	public static String Worker_handedBack;
	public static String JobQueue_alreadyPaused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
