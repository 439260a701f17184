package org.laserdamage.study.ui.internal.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.study.ui.internal.editor.DisplayQuantities;

/**
 * One problem of a study, detached from the model so it can be written as a
 * marker in another thread.
 *
 * @param message  the validator's message, starting with the setting path, its values in display units
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

	private static Object[] inDisplayUnits(Object[] values, EStructuralFeature feature) {
		return Arrays.stream(values).map(v -> v instanceof Double ? DisplayQuantities.forReading(v, feature) : String.valueOf(v))
				.toArray();
	}

	private static Problem from(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (data.size() >= 2 && data.get(0) instanceof EObject object && data.get(1) instanceof EStructuralFeature feature) {
			String path = FeaturePath.pathOf(object, feature);
			String message = data.size() >= 4 && data.get(2) instanceof String template && data.get(3) instanceof Object[] values
					? path + ": " + NLS.bind(template, inDisplayUnits(values, feature)) //$NON-NLS-1$
					: diagnostic.getMessage();
			return new Problem(message, diagnostic.getSeverity(), path, object, feature);
		}
		return new Problem(diagnostic.getMessage(), diagnostic.getSeverity(), null, null, null);
	}
}
