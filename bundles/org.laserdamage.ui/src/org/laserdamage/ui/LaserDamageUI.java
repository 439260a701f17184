package org.laserdamage.ui;

/** Ids the workbench contributes, for tests and for other UI bundles. */
public final class LaserDamageUI {

	public static final String PLUGIN_ID = "org.laserdamage.ui"; //$NON-NLS-1$
	public static final String STUDY_PERSPECTIVE = "org.laserdamage.ui.perspectives.study"; //$NON-NLS-1$
	/** The Materials view, contributed by org.laserdamage.materials.ui. */
	public static final String MATERIALS_VIEW = "org.laserdamage.ui.views.materials"; //$NON-NLS-1$
	/** Key of {@code Widget.getData(String)} naming a control for UI tests and accessibility. */
	public static final String WIDGET_KEY = "org.laserdamage.ui.widget"; //$NON-NLS-1$

	private LaserDamageUI() {
	}
}
