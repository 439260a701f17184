package org.laserdamage.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.laserdamage.ui.LaserDamageUI;

/** The Study perspective: editor area with the materials beside it. */
public final class StudyPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.addView(LaserDamageUI.MATERIALS_VIEW, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
	}
}
