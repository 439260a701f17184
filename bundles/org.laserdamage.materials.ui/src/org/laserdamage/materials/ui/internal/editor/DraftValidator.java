package org.laserdamage.materials.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/**
 * Checks a draft as the user types: numbers that are not numbers,
 * temperatures that do not increase, negative values, fractions outside
 * [0, 1], a solidus above the liquidus, melting or boiling data filled in
 * only in part, missing citations. What it passes
 * is also accepted by {@link org.laserdamage.materials.Material}; anything
 * the record still refuses is reported as a problem of the whole material.
 */
final class DraftValidator {

	private final MaterialDraft draft;
	private final List<Problem> problems = new ArrayList<>();

	private DraftValidator(MaterialDraft draft) {
		this.draft = draft;
	}

	/** @return every problem of {@code draft}, empty when it can be saved */
	static List<Problem> validate(MaterialDraft draft) {
		DraftValidator validator = new DraftValidator(draft);
		validator.run();
		return List.copyOf(validator.problems);
	}

	private void run() {
		if (draft.name.isBlank()) {
			add(Problem.NAME, Messages.Validation_nameMissing);
		}
		scalars();
		draft.tables.forEach((kind, rows) -> temperatureTable(kind, rows));
		absorptivity();
		for (Map.Entry<PropertyKind, SourceDraft> source : draft.sources.entrySet()) {
			if (draft.gives(source.getKey()) && source.getValue().citation.isBlank()) {
				add(Problem.source(source.getKey()), NLS.bind(Messages.Validation_citationMissing, Labels.property(source.getKey())));
			}
		}
		if (problems.isEmpty()) {
			try {
				draft.toMaterial();
			} catch (IllegalArgumentException e) {
				add(Problem.MATERIAL, e.getMessage());
			}
		}
	}

	/** Each group (melting, boiling) is filled in whole or left empty; what is filled in must be numbers. */
	private void scalars() {
		double[] values = new double[ScalarField.values().length];
		boolean allNumbers = true;
		for (ScalarField field : ScalarField.values()) {
			String text = draft.scalars.get(field);
			values[field.ordinal()] = Double.NaN;
			if (text.isBlank()) {
				if (draft.gives(field.property)) {
					allNumbers = false;
					add(Problem.scalar(field), NLS.bind(Messages.Validation_groupIncomplete, field.label,
							field.group().stream().map(f -> f.label).collect(Collectors.joining(", ")))); //$NON-NLS-1$
				}
				continue;
			}
			try {
				double value = field.unit.parse(text);
				values[field.ordinal()] = value;
				if (value < 0) {
					add(Problem.scalar(field), NLS.bind(Messages.Validation_negative, field.label, text));
				} else if (value == 0 && field.unit == DisplayUnit.KELVIN) {
					add(Problem.scalar(field), NLS.bind(Messages.Validation_notPositive, field.label, text));
				}
			} catch (NumberFormatException e) {
				allNumbers = false;
				add(Problem.scalar(field), NLS.bind(Messages.Validation_notANumber, field.label, text));
			}
		}
		if (!allNumbers) {
			return;
		}
		double solidus = values[ScalarField.SOLIDUS.ordinal()];
		double liquidus = values[ScalarField.LIQUIDUS.ordinal()];
		double boiling = values[ScalarField.BOILING_POINT.ordinal()];
		if (Double.isNaN(solidus)) {
			return;
		}
		if (solidus > liquidus) {
			add(Problem.scalar(ScalarField.LIQUIDUS), NLS.bind(Messages.Validation_solidusAboveLiquidus,
					draft.scalars.get(ScalarField.SOLIDUS), draft.scalars.get(ScalarField.LIQUIDUS)));
		}
		if (boiling <= liquidus) {
			add(Problem.scalar(ScalarField.BOILING_POINT), NLS.bind(Messages.Validation_boilingBelowLiquidus,
					draft.scalars.get(ScalarField.BOILING_POINT), draft.scalars.get(ScalarField.LIQUIDUS)));
		}
	}

	private void temperatureTable(TableKind kind, List<String[]> rows) {
		String target = Problem.table(kind);
		if (rows.isEmpty()) {
			add(target, NLS.bind(Messages.Validation_empty, kind.title));
			return;
		}
		double previous = Double.NaN;
		for (int i = 0; i < rows.size(); i++) {
			double t = temperature(target, kind.title, i, rows.get(i)[0], previous);
			previous = Double.isNaN(t) ? previous : t;
			value(target, kind.title, i, rows.get(i)[1], kind.unit, kind.symbol, kind.fraction);
		}
	}

	/** Rows sorted by wavelength, and within a wavelength by increasing temperature. */
	private void absorptivity() {
		String title = Messages.Property_absorptivity;
		if (draft.absorptivity.isEmpty()) {
			add(Problem.ABSORPTIVITY, NLS.bind(Messages.Validation_empty, title));
			return;
		}
		DisplayUnit[] units = MaterialDraft.ABSORPTIVITY_UNITS;
		double previousWavelength = Double.NaN;
		double previousTemperature = Double.NaN;
		for (int i = 0; i < draft.absorptivity.size(); i++) {
			String[] row = draft.absorptivity.get(i);
			double wavelength = number(Problem.ABSORPTIVITY, title, i, row[0], units[0]);
			if (!Double.isNaN(wavelength) && !(wavelength > 0)) {
				add(Problem.ABSORPTIVITY, NLS.bind(Messages.Validation_rowNotPositive, new Object[] { title, i + 1, "\u03bb" })); //$NON-NLS-1$
			} else if (wavelength < previousWavelength) {
				add(Problem.ABSORPTIVITY, NLS.bind(Messages.Validation_wavelengthsDecrease, title, i + 1));
			}
			boolean sameWavelength = wavelength == previousWavelength;
			double t = temperature(Problem.ABSORPTIVITY, title, i, row[1], sameWavelength ? previousTemperature : Double.NaN);
			value(Problem.ABSORPTIVITY, title, i, row[2], units[2], "A", true); //$NON-NLS-1$
			if (!Double.isNaN(wavelength)) {
				previousWavelength = wavelength;
			}
			previousTemperature = t;
		}
	}

	/** @return the temperature of a row in K, NaN when it is not a number */
	private double temperature(String target, String title, int row, String text, double previous) {
		double t = number(target, title, row, text, DisplayUnit.KELVIN);
		if (Double.isNaN(t)) {
			return t;
		}
		if (!(t > 0)) {
			add(target, NLS.bind(Messages.Validation_rowTemperature, title, row + 1));
		} else if (!Double.isNaN(previous) && !(t > previous)) {
			add(target, NLS.bind(Messages.Validation_notIncreasing, new Object[] { title, row + 1, text,
					DisplayUnit.KELVIN.format(previous) }));
		}
		return t;
	}

	private void value(String target, String title, int row, String text, DisplayUnit unit, String symbol,
			boolean fraction) {
		double v = number(target, title, row, text, unit);
		if (Double.isNaN(v)) {
			return;
		}
		if (v < 0) {
			add(target, NLS.bind(Messages.Validation_rowNegative, new Object[] { title, row + 1, symbol }));
		} else if (fraction && v > 1) {
			add(target, NLS.bind(Messages.Validation_rowFraction, new Object[] { title, row + 1, symbol }));
		} else if (!fraction && v == 0) {
			add(target, NLS.bind(Messages.Validation_rowNotPositive, new Object[] { title, row + 1, symbol }));
		}
	}

	/** @return the value in SI units, NaN (and a problem) when {@code text} is not a number */
	private double number(String target, String title, int row, String text, DisplayUnit unit) {
		try {
			return unit.parse(text);
		} catch (NumberFormatException e) {
			add(target, NLS.bind(Messages.Validation_rowNotANumber, new Object[] { title, row + 1, text }));
			return Double.NaN;
		}
	}

	private void add(String target, String message) {
		problems.add(new Problem(target, message));
	}
}
