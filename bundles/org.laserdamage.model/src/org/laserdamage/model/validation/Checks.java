package org.laserdamage.model.validation;

import java.util.Arrays;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.units.Units;

/**
 * Collects diagnostics with a message naming the setting, in SI units. Their
 * data is the object, the feature, the message template and its values (doubles
 * in the unit of the feature), see {@link StudyValidator#validate}.
 */
final class Checks {
	private final DiagnosticChain chain;
	private boolean valid = true;

	Checks(DiagnosticChain chain) {
		this.chain = chain;
	}

	boolean valid() {
		return valid;
	}

	void error(EObject object, EStructuralFeature feature, String template, Object... values) {
		add(Diagnostic.ERROR, object, feature, template, values);
		valid = false;
	}

	void warning(EObject object, EStructuralFeature feature, String template, Object... values) {
		add(Diagnostic.WARNING, object, feature, template, values);
	}

	/** A note about a valid choice: shown where the study is edited or checked, never among a run's warnings. */
	void info(EObject object, EStructuralFeature feature, String template, Object... values) {
		add(Diagnostic.INFO, object, feature, template, values);
	}

	/**
	 * Refuses a value outside [{@code low}, {@code high}] (NaN too), naming the range in
	 * the unit of the feature.
	 *
	 * @return whether the value is in range
	 */
	boolean range(EObject object, EStructuralFeature feature, double value, double low, double high) {
		if (value >= low && value <= high) {
			return true;
		}
		error(object, feature, Messages.outOfRange, value, low, high);
		return false;
	}

	private void add(int severity, EObject object, EStructuralFeature feature, String template, Object[] values) {
		if (chain == null) {
			return;
		}
		String unit = Units.unitOf(feature);
		Object[] shown = Arrays.stream(values).map(v -> v instanceof Double d ? Units.format(d, unit) : String.valueOf(v))
				.toArray();
		String message = FeaturePath.pathOf(object, feature) + ": " + NLS.bind(template, shown); //$NON-NLS-1$
		// template and raw values let a UI write the numbers in its own units
		chain.add(new BasicDiagnostic(severity, StudyValidator.SOURCE, 0, message,
				new Object[] { object, feature, template, values.clone() }));
	}
}
