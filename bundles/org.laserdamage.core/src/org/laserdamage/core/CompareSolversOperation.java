package org.laserdamage.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.report.ComparisonReport;
import org.laserdamage.report.RunComparison;
import org.laserdamage.results.RunResults;
import org.laserdamage.solver.SolverRegistry;

/**
 * Runs one study on several solvers, one after another, each on a frozen copy
 * of the study that differs only in {@code solver.solverId}, into
 * {@code <out>/<solver short name>/} with {@link RunStudyOperation}; then
 * compares the run directories ({@link RunComparison}, the first solver is the
 * reference) and writes {@code <out>/comparison.html} and
 * {@code <out>/comparison.csv}. Every copy is validated before the first
 * solve, so a setting one solver refuses stops the comparison before any work.
 */
public final class CompareSolversOperation {

	/** What a finished comparison produced. */
	public record Outcome(Path directory, Path html, Path csv, RunComparison comparison,
			List<RunStudyOperation.Outcome> runs, List<String> notes, List<String> messages) {
	}

	private static final String PREFIX = "org.laserdamage.solver."; //$NON-NLS-1$
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Study study;
	private final Path studyFile;
	private final List<String> overrides;
	private final List<String> solverIds;
	private final Path outDir;
	private final IMaterialLibrary library;

	/**
	 * @param study     the study with the overrides applied ({@link StudyPreparation#load})
	 * @param studyFile where it was loaded from, or null
	 * @param overrides the overrides applied, shown in the report
	 * @param solverIds two or more installed solver ids, the reference first ({@link #solverIds(String)})
	 */
	public CompareSolversOperation(Study study, Path studyFile, List<String> overrides, List<String> solverIds,
			Path outDir, IMaterialLibrary library) {
		this.study = study;
		this.studyFile = studyFile;
		this.overrides = List.copyOf(overrides);
		this.solverIds = List.copyOf(solverIds);
		this.outDir = outDir.toAbsolutePath().normalize();
		this.library = library;
	}

	/**
	 * Resolves a comma-separated list of solvers: installed ids, or their short
	 * names (the id without {@code org.laserdamage.solver.}, e.g. builtin, calculix).
	 *
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the unknown or repeated solver and the choices
	 */
	public static List<String> solverIds(String list) throws CoreException {
		return solverIds(list, 2);
	}

	/**
	 * Like {@link #solverIds(String)} for lists of at least {@code fewest} solvers
	 * (a benchmark of one solver is fine, a comparison is not).
	 */
	public static List<String> solverIds(String list, int fewest) throws CoreException {
		List<String> installed = SolverRegistry.solvers().stream().map(SolverRegistry.SolverDescriptor::id).toList();
		String choices = installed.stream().map(CompareSolversOperation::shortName).collect(Collectors.joining(", ")); //$NON-NLS-1$
		Set<String> ids = new LinkedHashSet<>();
		for (String token : list.split(",", -1)) { //$NON-NLS-1$
			String name = token.strip();
			String id = installed.stream().filter(i -> i.equals(name) || shortName(i).equals(name)).findFirst()
					.orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Compare_unknownSolver, name, choices)));
			if (!ids.add(id)) {
				throw RunStatus.invalid(NLS.bind(Messages.Compare_repeatedSolver, name));
			}
		}
		if (ids.size() < fewest) {
			throw RunStatus.invalid(NLS.bind(Messages.Compare_tooFew, choices));
		}
		return List.copyOf(ids);
	}

	/** @return e.g. "calculix" for org.laserdamage.solver.calculix; other ids as they are */
	public static String shortName(String solverId) {
		return solverId.startsWith(PREFIX) ? solverId.substring(PREFIX.length()) : solverId;
	}

	/**
	 * Validates the study for every solver.
	 *
	 * @return one prepared copy per solver, in the order of the solvers
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the solver, the setting and the fix
	 */
	public List<StudyPreparation.Prepared> prepare() throws CoreException {
		List<StudyPreparation.Prepared> prepared = new ArrayList<>();
		for (String id : solverIds) {
			Study copy = EcoreUtil.copy(study);
			FeaturePath.apply(copy, "solver.solverId=" + id); //$NON-NLS-1$
			try {
				prepared.add(StudyPreparation.prepare(copy, studyFile, library));
			} catch (CoreException e) {
				throw RunStatus.invalid(NLS.bind(Messages.Compare_invalidFor, shortName(id), e.getStatus().getMessage()));
			}
		}
		return prepared;
	}

	/** @return what the report says about fairness: the same study and settings for every solver */
	public List<String> notes() {
		List<String> notes = new ArrayList<>();
		notes.add(NLS.bind(Messages.Compare_sameStudy, studyFile == null ? study.getName() : studyFile));
		notes.add(overrides.isEmpty() ? Messages.Compare_noOverrides
				: NLS.bind(Messages.Compare_overrides, String.join(", ", overrides))); //$NON-NLS-1$
		Double absorptivity = study.getLaser() == null ? null : study.getLaser().getAbsorptivityOverride();
		Double front = study.getEnvironment() == null ? null : study.getEnvironment().getFrontEmissivity();
		Double back = study.getEnvironment() == null ? null : study.getEnvironment().getBackEmissivity();
		notes.add(NLS.bind(Messages.Compare_optics, new Object[] { optic(absorptivity), optic(front), optic(back) }));
		return notes;
	}

	private static String optic(Double value) {
		return value == null ? Messages.Compare_fromMaterial : value.toString();
	}

	/**
	 * @throws CoreException invalid input for any solver before anything runs, or the failure of a run
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; finished runs stay in {@code <out>}
	 */
	public Outcome execute(IProgressMonitor monitor) throws CoreException {
		List<StudyPreparation.Prepared> prepared = prepare();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Compare_task, study.getName()),
				100 * prepared.size() + 10);
		List<String> messages = new ArrayList<>();
		moveAside(messages);
		List<RunStudyOperation.Outcome> outcomes = new ArrayList<>();
		List<RunComparison.Run> runs = new ArrayList<>();
		for (StudyPreparation.Prepared p : prepared) {
			String name = shortName(p.study().getSolver().getSolverId());
			progress.subTask(NLS.bind(Messages.Compare_running, name));
			RunStudyOperation.Outcome outcome = new RunStudyOperation(p.study(), studyFile, outDir.resolve(name),
					library, p.warnings()).execute(progress.split(100));
			outcomes.add(outcome);
			messages.addAll(outcome.messages());
			try {
				runs.add(new RunComparison.Run(name, RunResults.open(outcome.runDirectory())));
			} catch (IOException e) {
				throw RunStatus.failure(NLS.bind(Messages.Compare_cannotRead, outcome.runDirectory(), e.getMessage()), e);
			}
		}
		RunComparison comparison = RunComparison.of(runs);
		List<String> notes = notes();
		try {
			ComparisonReport.write(comparison, study.getName(), notes, outDir, progress.split(10));
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Run_cannotWrite, outDir, e.getMessage()), e);
		}
		return new Outcome(outDir, outDir.resolve(ComparisonReport.HTML), outDir.resolve(ComparisonReport.CSV),
				comparison, outcomes, notes, messages);
	}

	/** Existing contents of {@code <out>} are moved aside as a run does, never deleted. */
	private void moveAside(List<String> messages) throws CoreException {
		try {
			if (Files.isDirectory(outDir) && !isEmpty(outDir)) {
				Path previous = outDir.resolveSibling(outDir.getFileName() + ".previous-" + STAMP.format(Instant.now())); //$NON-NLS-1$
				Files.move(outDir, previous);
				messages.add(NLS.bind(Messages.Run_previousKept, outDir, previous));
			}
		} catch (IOException e) {
			throw RunStatus.invalid(NLS.bind(Messages.Run_cannotWrite, outDir, e.getMessage()));
		}
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}
}
