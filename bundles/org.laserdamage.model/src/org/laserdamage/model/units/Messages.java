package org.laserdamage.model.units;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Units_notANumber;
	public static String Units_tooLarge;
	public static String Units_noUnitExpected;
	public static String Units_wrongUnit;
	public static String Units_length;
	public static String Units_power;
	public static String Units_time;
	public static String Units_temperature;
	public static String Units_energy;
	public static String Units_fluence;
	public static String Units_heatTransfer;
	public static String Units_heatFlux;
	public static String Units_absorption;
	public static String Units_frequency;
	public static String Units_ratio;
	public static String FeaturePath_empty;
	public static String FeaturePath_unknownFeature;
	public static String FeaturePath_notAValue;
	public static String FeaturePath_noSuchElement;
	public static String FeaturePath_missingObject;
	public static String FeaturePath_badValue;
	public static String FeaturePath_notWhole;
	public static String FeaturePath_wholeTooLarge;
	public static String FeaturePath_notBoolean;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
