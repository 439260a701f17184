package org.laserdamage.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.laserdamage.ui.LaserDamageUI;

/** The shortcuts every perspective offers in Window and File &gt; New. */
final class Perspectives {

	private Perspectives() {
	}

	static void addShortcuts(IPageLayout layout) {
		layout.addPerspectiveShortcut(LaserDamageUI.STUDY_PERSPECTIVE);
		layout.addPerspectiveShortcut(LaserDamageUI.RESULTS_PERSPECTIVE);
		layout.addPerspectiveShortcut(LaserDamageUI.MONITORING_PERSPECTIVE);
		layout.addNewWizardShortcut(LaserDamageUI.NEW_STUDY_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
		for (String view : new String[] { LaserDamageUI.STUDIES_VIEW, LaserDamageUI.MATERIALS_VIEW,
				LaserDamageUI.RUNS_VIEW, LaserDamageUI.RUN_SUMMARY_VIEW, LaserDamageUI.CONSOLE_VIEW,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROGRESS_VIEW, LaserDamageUI.WELCOME_VIEW }) {
			layout.addShowViewShortcut(view);
		}
	}
}
