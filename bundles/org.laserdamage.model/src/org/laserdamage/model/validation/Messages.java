package org.laserdamage.model.validation;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String absorptivityRange;
	public static String axialCells;
	public static String beamUnderResolved;
	public static String beamWiderThanTarget;
	public static String emissivityRange;
	public static String endBeforeOutput;
	public static String grading;
	public static String manyCells;
	public static String materialMissing;
	public static String materialUnknown;
	public static String materialVersionUnknown;
	public static String maxStepBelowInitial;
	public static String nameMissing;
	public static String negativeConvection;
	public static String negativePower;
	public static String noCriteria;
	public static String noLayers;
	public static String partMissing;
	public static String positiveBeamRadius;
	public static String positiveDuration;
	public static String positiveEndTime;
	public static String positiveFluence;
	public static String positiveFwhm;
	public static String positiveOutputInterval;
	public static String positivePulseEnergy;
	public static String positiveRepetitionRate;
	public static String positiveStep;
	public static String positiveTargetRadius;
	public static String positiveTemperature;
	public static String positiveTemperatureChange;
	public static String positiveThickness;
	public static String positiveWavelength;
	public static String probeDuplicate;
	public static String probeName;
	public static String probeOutsideR;
	public static String probeOutsideZ;
	public static String pulseBothSet;
	public static String pulseCount;
	public static String pulseNoneSet;
	public static String pulsesAfterEnd;
	public static String pulsesOverlap;
	public static String radialCells;
	public static String solverMissing;
	public static String wavelengthRange;
	public static String zeroPower;
	public static String outOfRange;
	public static String targetTooThick;
	public static String temperatureRange;
	public static String cellTooSmall;
	public static String coarseForPenetration;
	public static String positiveAbsorption;
	public static String heldFrontIgnoresBeam;
	public static String coarseForAbsorption;
	public static String scalePulse;
	public static String scaleOnset;
	public static String tooManyCells;
	public static String stepTooSmall;
	public static String probeNameLength;
	public static String tooManySnapshots;
	public static String tooManySteps;
	public static String tooManyPulseSteps;
	public static String tooMuchOutput;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
