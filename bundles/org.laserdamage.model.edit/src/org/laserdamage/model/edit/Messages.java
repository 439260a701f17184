package org.laserdamage.model.edit;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Study;
	public static String Laser;
	public static String Gaussian;
	public static String TopHat;
	public static String ContinuousWave;
	public static String ContinuousWaveFor;
	public static String Pulsed;
	public static String Target;
	public static String Layer;
	public static String Environment;
	public static String Mesh;
	public static String Solver;
	public static String Criteria;
	public static String MeltOnset;
	public static String MeltThrough;
	public static String PeakThreshold;
	public static String None;
	public static String Probe;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
