package org.laserdamage.study.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ide.IGotoMarker;
import org.laserdamage.model.DamageCriteria;
import org.laserdamage.model.Environment;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Mesh;
import org.laserdamage.model.Probe;
import org.laserdamage.model.SolverSettings;
import org.laserdamage.model.Study;
import org.laserdamage.model.Target;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.study.ui.StudyUI;

/**
 * Opening a study problem marker (e.g. from the Problems view) shows the page
 * with the setting, selects the layer or probe it is about, and puts the
 * focus on its field.
 */
final class MarkerNavigation implements IGotoMarker {

	private final StudyEditor editor;

	MarkerNavigation(StudyEditor editor) {
		this.editor = editor;
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String path = marker.getAttribute(StudyUI.MARKER_SETTING_PATH, null);
		Study study = editor.document().study();
		for (EObject object : everything(study)) {
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (FeaturePath.pathOf(object, feature).equals(path)) {
					reveal(object, feature);
					return;
				}
			}
		}
	}

	private void reveal(EObject object, EStructuralFeature feature) {
		editor.setActivePage(pageOf(object));
		if (editor.getActivePageInstance() instanceof StudyPage page) {
			page.select(object);
			Control control = page.controlFor(object, feature);
			if (control != null) {
				control.setFocus();
			}
		}
	}

	private static String pageOf(EObject object) {
		if (object instanceof Target || object instanceof Layer) {
			return StudyEditor.TARGET_PAGE;
		} else if (object instanceof Environment) {
			return StudyEditor.ENVIRONMENT_PAGE;
		} else if (object instanceof Mesh || object instanceof SolverSettings) {
			return StudyEditor.MESH_PAGE;
		} else if (object instanceof DamageCriteria || object instanceof Probe) {
			return StudyEditor.CRITERIA_PAGE;
		}
		return StudyEditor.LASER_PAGE;
	}

	private static List<EObject> everything(Study study) {
		List<EObject> all = new ArrayList<>();
		all.add(study);
		study.eAllContents().forEachRemaining(all::add);
		return all;
	}
}
