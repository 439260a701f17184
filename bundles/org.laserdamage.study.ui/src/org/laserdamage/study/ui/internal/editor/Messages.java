package org.laserdamage.study.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The editor's strings; field labels are looked up by name in {@link FeatureLabels}. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Action_undo;
	public static String Action_redo;
	public static String Column_name;
	public static String Column_material;
	public static String Column_thickness;
	public static String Column_cells;
	public static String Column_r;
	public static String Column_z;
	public static String Document_notLocal;
	public static String Document_unsupportedInput;
	public static String Document_saveFailed;
	public static String Fields_acceptedUnits;
	public static String Fields_notInteger;
	public static String Fields_required;
	public static String Fields_unreadable;
	public static String Editor_notSaved;
	public static String Layer_newName;
	public static String Probe_newName;
	public static String List_add;
	public static String List_remove;
	public static String List_up;
	public static String List_down;
	public static String Material_label;
	public static String Material_unknown;
	public static String Materials_job;
	public static String Materials_fallback;
	public static String Page_laser;
	public static String Page_target;
	public static String Page_environment;
	public static String Page_mesh;
	public static String Page_criteria;
	public static String Page_tree;
	public static String Preview_nothing;
	public static String Preview_layer;
	public static String Preview_radius;
	public static String Preview_gaussian;
	public static String Preview_topHat;
	public static String Profile_gaussian;
	public static String Profile_topHat;
	public static String Profile_continuous;
	public static String Profile_pulsed;
	public static String Section_study;
	public static String Section_beam;
	public static String Section_spatialProfile;
	public static String Section_temporalProfile;
	public static String Section_preview;
	public static String Section_target;
	public static String Section_layers;
	public static String Section_ambient;
	public static String Section_losses;
	public static String Section_mesh;
	public static String Section_solver;
	public static String Section_criteria;
	public static String Section_probes;
	public static String Label_Study_name;
	public static String Label_Study_description;
	public static String Label_LaserSource_wavelength;
	public static String Label_LaserSource_power;
	public static String Label_LaserSource_absorptivityOverride;
	public static String Label_GaussianProfile_radius;
	public static String Label_TopHatProfile_radius;
	public static String Label_ContinuousWave_duration;
	public static String Label_Pulsed_pulseEnergy;
	public static String Label_Pulsed_fluence;
	public static String Label_Pulsed_fwhm;
	public static String Label_Pulsed_repetitionRate;
	public static String Label_Pulsed_pulseCount;
	public static String Label_Target_radius;
	public static String Label_Target_initialTemperature;
	public static String Label_Layer_name;
	public static String Label_Layer_materialId;
	public static String Label_Layer_materialVersion;
	public static String Label_Layer_thickness;
	public static String Label_Layer_axialCells;
	public static String Label_Layer_absorptionCoefficient;
	public static String Label_Environment_ambientTemperature;
	public static String Label_Environment_backAmbientTemperature;
	public static String Label_Environment_rimAmbientTemperature;
	public static String Label_Environment_frontTemperature;
	public static String Label_Environment_surroundingsTemperature;
	public static String Label_Environment_backHeatFlux;
	public static String Label_Environment_frontConvection;
	public static String Label_Environment_backConvection;
	public static String Label_Environment_rimConvection;
	public static String Label_Environment_frontEmissivity;
	public static String Label_Environment_backEmissivity;
	public static String Label_Mesh_radialCells;
	public static String Label_Mesh_radialGrading;
	public static String Label_Mesh_axialGrading;
	public static String Label_SolverSettings_solverId;
	public static String Label_SolverSettings_endTime;
	public static String Label_SolverSettings_initialTimeStep;
	public static String Label_SolverSettings_maxTimeStep;
	public static String Label_SolverSettings_maxTemperatureChange;
	public static String Label_SolverSettings_outputInterval;
	public static String Label_SolverSettings_verify;
	public static String Label_DamageCriteria_meltOnset;
	public static String Label_DamageCriteria_meltThrough;
	public static String Label_DamageCriteria_peakTemperatureThreshold;
	public static String Label_DamageCriteria_stopAtMeltThrough;
	public static String Label_Probe_name;
	public static String Label_Probe_r;
	public static String Label_Probe_z;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
