package org.laserdamage.study.ui;

/** Ids the study editor bundle contributes, for other UI bundles and tests. */
public final class StudyUI {

	public static final String PLUGIN_ID = "org.laserdamage.study.ui"; //$NON-NLS-1$
	/** The multi-page study editor for {@code *.ldsim} files. */
	public static final String EDITOR_ID = PLUGIN_ID + ".editor"; //$NON-NLS-1$
	/** The New Study wizard (category "Laser Damage"). */
	public static final String NEW_STUDY_WIZARD_ID = PLUGIN_ID + ".wizards.newStudy"; //$NON-NLS-1$
	/** Problem marker type of the live validation; a subtype of {@code org.eclipse.core.resources.problemmarker}. */
	public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem"; //$NON-NLS-1$
	/** Marker attribute with the setting path of a problem, e.g. {@code target.layers[0].thickness}. */
	public static final String MARKER_SETTING_PATH = "settingPath"; //$NON-NLS-1$
	/** Bundle folder with the study templates (copies of the repository's examples). */
	public static final String TEMPLATES_FOLDER = "templates"; //$NON-NLS-1$

	private StudyUI() {
	}
}
