package org.laserdamage.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.validation.StudyValidator;
import org.laserdamage.solver.SolverRegistry;

/**
 * Loads a study file, applies command-line overrides and validates the
 * result. Every failure is a {@link RunStatus#INVALID_INPUT} naming the file,
 * the setting and the fix; warnings are returned for the caller to show.
 */
public final class StudyPreparation {

	/**
	 * A study ready to run, with the warnings the validator raised (they go into
	 * the run's summary) and its notes about valid choices (shown where the study
	 * is checked, e.g. that no damage criterion is on, never among a run's warnings).
	 */
	public record Prepared(Study study, Path file, List<String> warnings, List<String> notes) {
	}

	/** What the validator found, by severity. */
	private record Findings(List<String> errors, List<String> warnings, List<String> notes) {
	}

	private StudyPreparation() {
	}

	/**
	 * @param overrides assignments such as {@code laser.power=1.5kW}, applied in order
	 */
	public static Prepared prepare(Path file, List<String> overrides, IMaterialLibrary library) throws CoreException {
		return prepare(load(file, overrides), file, library);
	}

	/**
	 * Validates a study already {@link #load loaded}.
	 *
	 * @throws CoreException listing every error when the study is invalid
	 */
	public static Prepared prepare(Study study, Path file, IMaterialLibrary library) throws CoreException {
		Findings findings = findings(study, file, library);
		return new Prepared(study, file, findings.warnings(), findings.notes());
	}

	/**
	 * Loads a study file and applies overrides, without validating the values:
	 * the part of {@link #prepare} that needs no material library.
	 *
	 * @param overrides assignments such as {@code laser.power=1.5kW}, applied in order
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the file and line, or the override
	 */
	public static Study load(Path file, List<String> overrides) throws CoreException {
		Study study;
		try {
			study = StudyIO.load(file);
		} catch (StudyFormatException e) {
			throw RunStatus.invalid(e.getMessage());
		}
		for (String assignment : overrides) {
			try {
				FeaturePath.apply(study, assignment);
			} catch (IllegalArgumentException e) {
				throw RunStatus.invalid(NLS.bind(Messages.Preparation_badOverride, assignment, e.getMessage()));
			}
		}
		return study;
	}

	/**
	 * Validates a study.
	 *
	 * @return the warnings
	 * @throws CoreException listing every error when the study is invalid
	 */
	public static List<String> check(Study study, Path file, IMaterialLibrary library) throws CoreException {
		return findings(study, file, library).warnings();
	}

	private static Findings findings(Study study, Path file, IMaterialLibrary library) throws CoreException {
		Diagnostic diagnostic = StudyValidator.validate(study, library);
		Findings findings = new Findings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				findings.errors().add(child.getMessage());
			} else if (child.getSeverity() == Diagnostic.WARNING) {
				findings.warnings().add(child.getMessage());
			} else if (child.getSeverity() == Diagnostic.INFO) {
				findings.notes().add(child.getMessage());
			}
		}
		List<String> errors = findings.errors();
		String solverId = study.getSolver() == null ? null : study.getSolver().getSolverId();
		if (solverId != null && !solverId.isBlank() && SolverRegistry.find(solverId).isEmpty()) {
			String known = SolverRegistry.solvers().stream().map(SolverRegistry.SolverDescriptor::id)
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			errors.add(NLS.bind(Messages.Preparation_unknownSolver, solverId, known));
		}
		if (errors.isEmpty() && solverId != null && library != null) {
			// what the chosen solver cannot model, or cannot run without, is refused before any launch
			SolverRegistry.find(solverId).ifPresent(solver -> {
				try {
					errors.addAll(solver.capabilities().check(StudyProblemMapper.map(study, library).problem()));
				} catch (CoreException e) {
					errors.add(e.getStatus().getMessage());
				}
			});
		}
		if (!errors.isEmpty()) {
			String where = file == null ? study.getName() : file.toString();
			throw RunStatus.invalid(NLS.bind(Messages.Preparation_invalid, new Object[] { where, errors.size(),
					String.join(System.lineSeparator() + "  ", errors) })); //$NON-NLS-1$
		}
		return findings;
	}
}
