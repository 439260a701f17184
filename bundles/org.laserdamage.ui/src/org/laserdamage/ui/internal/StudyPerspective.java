package org.laserdamage.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.laserdamage.ui.LaserDamageUI;

/** The Study perspective: studies and materials on the left, the editor, outline on the right, problems below. */
public final class StudyPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editors); //$NON-NLS-1$
		left.addView(LaserDamageUI.STUDIES_VIEW);
		IFolderLayout materials = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		materials.addView(LaserDamageUI.MATERIALS_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(LaserDamageUI.CONSOLE_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.8f, editors);
		Perspectives.addShortcuts(layout);
	}
}
