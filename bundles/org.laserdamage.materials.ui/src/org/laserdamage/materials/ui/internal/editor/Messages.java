package org.laserdamage.materials.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Chart_temperature;
	public static String Chart_wavelength;
	public static String Chart_absorptivity;
	public static String Chart_atTemperature;
	public static String GeneralSection_title;
	public static String GeneralSection_name;
	public static String GeneralSection_id;
	public static String GeneralSection_class;
	public static String GeneralSection_description;
	public static String HistorySection_title;
	public static String HistorySection_description;
	public static String HistorySection_version;
	public static String HistorySection_changes;
	public static String HistorySection_shown;
	public static String MaterialEditor_heading;
	public static String MaterialEditor_headingReadOnly;
	public static String MaterialEditor_save;
	public static String MaterialEditor_saveToolTip;
	public static String MaterialEditor_saving;
	public static String MaterialEditor_saveFailedTitle;
	public static String MaterialEditor_saveFailed;
	public static String MaterialEditor_conflict;
	public static String MaterialEditor_invalid;
	public static String MaterialEditor_notStored;
	public static String MaterialEditor_noHistory;
	public static String MaterialEditor_noLibrary;
	public static String MaterialEditor_wrongInput;
	public static String MaterialEditor_notFound;
	public static String MaterialEditor_cannotRead;
	public static String MeltingSection_description;
	public static String MeltingSection_title;
	public static String PropertySection_add;
	public static String PropertySection_remove;
	public static String Property_conductivity;
	public static String Property_conductivityThroughThickness;
	public static String Property_density;
	public static String Property_specificHeat;
	public static String Property_emissivity;
	public static String Property_absorptivity;
	public static String Property_meltingRange;
	public static String Scalar_solidus;
	public static String Scalar_liquidus;
	public static String Scalar_latentHeatFusion;
	public static String Scalar_boilingPoint;
	public static String Scalar_latentHeatVaporization;
	public static String Source_title;
	public static String Source_titleOf;
	public static String Source_missing;
	public static String Source_citation;
	public static String Source_url;
	public static String Source_notes;
	public static String Validation_nameMissing;
	public static String Validation_notANumber;
	public static String Validation_negative;
	public static String Validation_notPositive;
	public static String Validation_solidusAboveLiquidus;
	public static String Validation_boilingBelowLiquidus;
	public static String Validation_groupIncomplete;
	public static String Validation_empty;
	public static String Validation_rowNotANumber;
	public static String Validation_rowTemperature;
	public static String Validation_notIncreasing;
	public static String Validation_rowNegative;
	public static String Validation_rowNotPositive;
	public static String Validation_rowFraction;
	public static String Validation_wavelengthsDecrease;
	public static String Validation_citationMissing;
	public static String VersionChanges_first;
	public static String VersionChanges_none;
	public static String VersionChanges_changed;
	public static String Edit_field;
	public static String Edit_source;
	public static String Edit_addRow;
	public static String Edit_removeRows;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
