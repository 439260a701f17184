package org.laserdamage.study.ui.internal.editor;

import java.lang.reflect.Field;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Field labels of the study's settings: the NLS message
 * {@code Label_<Class>_<feature>} (e.g. {@code Label_LaserSource_power}) of
 * the class that declares the feature.
 */
final class FeatureLabels {

	private FeatureLabels() {
	}

	/** @return the label of {@code feature} as shown on objects of {@code eClass} */
	static String label(EClass eClass, EStructuralFeature feature) {
		String declaring = feature.getEContainingClass() == null ? eClass.getName()
				: feature.getEContainingClass().getName();
		try {
			Field field = Messages.class.getField("Label_" + declaring + '_' + feature.getName()); //$NON-NLS-1$
			Object value = field.get(null);
			if (value instanceof String text) {
				return text;
			}
		} catch (ReflectiveOperationException e) {
			// no message for this feature: fall back to its name
		}
		return feature.getName();
	}
}
