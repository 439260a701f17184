package org.laserdamage.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.laserdamage.ui.LaserDamageUI;

/** The Results perspective: runs on the left with the selected run's summary, results editors in the middle. */
public final class ResultsPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(LaserDamageUI.STUDIES_VIEW, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(LaserDamageUI.RUN_SUMMARY_VIEW, IPageLayout.BOTTOM, 0.6f, LaserDamageUI.STUDIES_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.78f, editors); //$NON-NLS-1$
		bottom.addView(LaserDamageUI.CONSOLE_VIEW);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		Perspectives.addShortcuts(layout);
	}
}
