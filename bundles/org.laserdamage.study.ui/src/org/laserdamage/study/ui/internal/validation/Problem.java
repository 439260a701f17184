package org.laserdamage.study.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.laserdamage.model.units.FeaturePath;

/**
 * One problem of a study, detached from the model so it can be written as a
 * marker in another thread.
 *
 * @param message  the validator's message, starting with the setting path
 * @param severity a {@link Diagnostic} severity
 * @param path     the setting, e.g. {@code target.layers[0].thickness}, or null
 * @param object   the object the problem is about, or null
 * @param feature  its feature, or null
 */
public record Problem(String message, int severity, String path, EObject object, EStructuralFeature feature) {

	/** @return the problems below {@code diagnostic}, in order (call it where the model may be read) */
	public static List<Problem> of(Diagnostic diagnostic) {
		List<Problem> problems = new ArrayList<>();
		collect(diagnostic, problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				problems.add(from(diagnostic));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	private static Problem from(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (data.size() >= 2 && data.get(0) instanceof EObject object && data.get(1) instanceof EStructuralFeature feature) {
			return new Problem(diagnostic.getMessage(), diagnostic.getSeverity(), FeaturePath.pathOf(object, feature),
					object, feature);
		}
		return new Problem(diagnostic.getMessage(), diagnostic.getSeverity(), null, null, null);
	}
}
