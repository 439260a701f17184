package org.laserdamage.study.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.laserdamage.model.Study;
import org.laserdamage.study.ui.viewers.AdapterFactoryTreeContentProvider;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The Outline of a study editor: the model tree (item provider labels, with
 * values and units), kept current through the item providers' notifications.
 * Opening an element shows the form page that edits it.
 */
public final class StudyOutlinePage extends ContentOutlinePage {

	private final StudyEditor editor;

	StudyOutlinePage(StudyEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.getTree().setData(LaserDamageUI.WIDGET_KEY, "study.outline"); //$NON-NLS-1$
		StudyDocument document = editor.document();
		viewer.setContentProvider(new AdapterFactoryTreeContentProvider(document.adapterFactory()));
		DisplayUnitsLabelProvider.install(viewer, document.adapterFactory());
		viewer.setInput(document.study().eResource());
		viewer.expandToLevel(2);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof EObject object) {
				editor.setActivePage(pageOf(object));
			}
		});
	}

	/** @return the id of the form page that edits {@code object} */
	public static String pageOf(EObject object) {
		EObject part = object;
		while (part.eContainer() != null && !(part.eContainer() instanceof Study)) {
			part = part.eContainer();
		}
		if (part.eContainingFeature() == null) {
			return StudyEditor.LASER_PAGE;
		}
		return switch (part.eContainingFeature().getName()) {
		case "laser" -> StudyEditor.LASER_PAGE; //$NON-NLS-1$
		case "target" -> StudyEditor.TARGET_PAGE; //$NON-NLS-1$
		case "environment" -> StudyEditor.ENVIRONMENT_PAGE; //$NON-NLS-1$
		case "mesh", "solver" -> StudyEditor.MESH_PAGE; //$NON-NLS-1$ //$NON-NLS-2$
		case "damageCriteria", "probes" -> StudyEditor.CRITERIA_PAGE; //$NON-NLS-1$ //$NON-NLS-2$
		default -> StudyEditor.TREE_PAGE;
		};
	}
}
