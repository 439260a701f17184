package org.laserdamage.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The Monitoring perspective: the local jobs and their states, the job
 * progress and the runs console; org.laserdamage.monitor.ui adds System
 * Health and Server Jobs beside and below the Jobs view.
 */
public final class MonitoringPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(LaserDamageUI.RUNS_VIEW, IPageLayout.TOP, 0.5f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, LaserDamageUI.RUNS_VIEW); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addView(LaserDamageUI.CONSOLE_VIEW);
		Perspectives.addShortcuts(layout);
	}
}
