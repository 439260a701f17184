package org.laserdamage.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.report.HtmlReport;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.RunWriter;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.solver.ISolver;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.SolverResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a study with the solver it names and writes a run directory:
 * summary.json, probes.csv, field snapshots and report.html.
 * <p>
 * Results are written to a staging folder beside the output folder and only
 * published when the run succeeds; a failed or cancelled run leaves the output
 * folder as it was and keeps its partial results in a {@code .failed-…} or
 * {@code .cancelled-…} sibling. While it runs, the staging folder is named
 * {@code .incomplete-…} and holds a {@link RunMarker}; a run killed with no
 * chance to clean up leaves it so, and {@link DeadRuns} finds it. Existing contents of the output folder are
 * moved aside, never deleted. The UI wraps this in a Job; the headless
 * product calls it directly.
 */
public final class RunStudyOperation {

	/** What a finished run produced. */
	public record Outcome(Path runDirectory, Path report, RunSummary summary, SolverResult result,
			List<String> messages) {
	}

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Study study;
	private final Path studyFile;
	private final Path outDir;
	private final IMaterialLibrary library;
	private final List<String> warnings;
	private final SolverOptions solverOptions;

	/**
	 * @param study     a validated study (see {@link StudyPreparation})
	 * @param studyFile where it was loaded from, or null
	 * @param outDir    the run directory to produce
	 * @param warnings  warnings already raised while preparing the study
	 */
	public RunStudyOperation(Study study, Path studyFile, Path outDir, IMaterialLibrary library, List<String> warnings) {
		this(study, studyFile, outDir, library, warnings, SolverOptions.NONE);
	}

	/**
	 * @param solverOptions the options of the study's solver (an executable's path, a
	 *                      licence server), see {@link SolverRegistry#create(String, SolverOptions)}
	 */
	public RunStudyOperation(Study study, Path studyFile, Path outDir, IMaterialLibrary library, List<String> warnings,
			SolverOptions solverOptions) {
		this.solverOptions = solverOptions;
		this.study = study;
		this.studyFile = studyFile;
		this.outDir = outDir.toAbsolutePath().normalize();
		this.library = library;
		this.warnings = List.copyOf(warnings);
	}

	private static final int SOLVE_WORK = 75;
	private static final int REPORT_WORK = 23;
	/** Of the solve's share, what the discretisation check's coarser levels take (about a seventh of the run). */
	private static final int VERIFY_WORK = 10;

	public Outcome execute(IProgressMonitor monitor) throws CoreException {
		StudyPreparation.check(study, studyFile, library);
		StudyProblemMapper.Mapping mapping = StudyProblemMapper.map(study, library);
		ISolver solver = SolverRegistry.create(study.getSolver().getSolverId(), solverOptions);
		Instant started = Instant.now();
		Path staging = claimStaging(started);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Run_task, study.getName()), 100);
		List<String> allWarnings = new ArrayList<>(warnings);
		allWarnings.addAll(mapping.warnings());
		RunSummary summary;
		SolverResult result;
		try {
			try (RunWriter writer = RunWriter.forProblem(staging, mapping.problem())) {
				// Measured on the examples, the report (a probe chart and up to three maps, each drawn and
				// encoded as PNG) takes a quarter to half of a run's wall time, not the 8 % it was given,
				// which held the bar at 90-94 % while it drew: the solve 75, the report 23, publishing 2.
				boolean verify = study.getSolver().isVerify();
				result = solver.solve(mapping.problem(), writer, progress.split(verify ? SOLVE_WORK - VERIFY_WORK : SOLVE_WORK));
				allWarnings.addAll(physicalLimits(mapping, result));
				summary = RunSummary.of(mapping.problem(), result, studyFile == null ? null : studyFile.toString(),
						applicationVersion(), started, allWarnings);
				if (verify) {
					VerificationSummary check = DiscretisationCheck.run(mapping.problem(), result,
							() -> SolverRegistry.create(study.getSolver().getSolverId(), solverOptions),
							progress.split(VERIFY_WORK));
					summary = summary.withVerification(check, DiscretisationCheck.warnings(check));
				}
				writer.finish(summary);
			}
			HtmlReport.write(staging, progress.split(REPORT_WORK));
		} catch (OperationCanceledException e) {
			Path kept = keep(staging, "cancelled", started); //$NON-NLS-1$
			throw new OperationCanceledException(NLS.bind(Messages.Run_cancelled, kept, outDir));
		} catch (CoreException e) {
			Path kept = keep(staging, "failed", started); //$NON-NLS-1$
			throw RunStatus.failure(NLS.bind(Messages.Run_failed, new Object[] { e.getStatus().getMessage(), kept, outDir }), e);
		} catch (Throwable e) {
			// Any Error too (OutOfMemoryError, StackOverflowError): what the solver held is
			// unreachable now, so there is memory again to keep the partial results and say why.
			Path kept = keep(staging, "failed", started); //$NON-NLS-1$
			throw RunStatus.failure(NLS.bind(Messages.Run_failed, new Object[] { describe(e), kept, outDir }), e);
		}
		List<String> messages = new ArrayList<>();
		publish(staging, started, messages);
		progress.worked(2);
		return new Outcome(outDir, outDir.resolve(RunDirectory.REPORT), summary, result, messages);
	}

	/**
	 * Creates the staging folder {@code <out>.incomplete-<time>} with its
	 * {@link RunMarker} before the solve, so a folder that cannot be written is
	 * reported as invalid input and a killed run leaves a folder that says so.
	 */
	private Path claimStaging(Instant started) throws CoreException {
		OutputFolders.prepareParent(outDir);
		Path staging = sibling(DeadRuns.INCOMPLETE.substring(1, DeadRuns.INCOMPLETE.length() - 1), started);
		try {
			Files.createDirectory(staging);
		} catch (IOException e) {
			throw RunStatus.invalid(NLS.bind(Messages.Run_cannotWrite, outDir, e.getMessage()));
		}
		try {
			RunMarker.ofThisProcess(started).writeTo(staging);
		} catch (IOException e) {
			deleteQuietly(staging.resolve(RunMarker.FILE_NAME));
			deleteQuietly(staging);
			throw RunStatus.invalid(NLS.bind(Messages.Run_cannotWrite, outDir, e.getMessage()));
		}
		return staging;
	}

	/** A failure a user can act on: what ran out, and what to change. */
	private static String describe(Throwable e) {
		if (e instanceof OutOfMemoryError) {
			return NLS.bind(Messages.Run_outOfMemory, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		}
		if (e instanceof StackOverflowError) {
			return Messages.Run_stackOverflow;
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? NLS.bind(Messages.Run_unexpected, e.getClass().getName())
				: NLS.bind(Messages.Run_unexpectedWithMessage, e.getClass().getName(), message);
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// best effort: the folder is named incomplete either way
		}
	}

	/** Warns where the result leaves the range the built-in physics covers; a material without boiling data has no such limit. */
	private static List<String> physicalLimits(StudyProblemMapper.Mapping mapping, SolverResult result) {
		List<String> messages = new ArrayList<>();
		mapping.materials().stream().distinct().filter(m -> m.boiling().isPresent())
				.filter(m -> result.peakTemperature() > m.boiling().get().temperature())
				.forEach(m -> messages.add(NLS.bind(Messages.Run_aboveBoiling, new Object[] {
						String.format(java.util.Locale.ROOT, "%.0f", result.peakTemperature()), m.name(), //$NON-NLS-1$
						String.format(java.util.Locale.ROOT, "%.0f", m.boiling().get().temperature()) }))); //$NON-NLS-1$
		return messages;
	}

	private Path sibling(String kind, Instant started) {
		return outDir.resolveSibling(outDir.getFileName() + "." + kind + "-" + STAMP.format(started)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Renames the staging folder to say how the run ended; the marker goes, as the run is over. */
	private Path keep(Path staging, String kind, Instant started) {
		Path kept = sibling(kind, started);
		try {
			Files.move(staging, kept);
		} catch (IOException e) {
			kept = staging;
		}
		deleteQuietly(kept.resolve(RunMarker.FILE_NAME));
		return kept;
	}

	private void publish(Path staging, Instant started, List<String> messages) throws CoreException {
		try {
			if (Files.exists(outDir) && !isEmptyDirectory(outDir)) {
				Path previous = sibling("previous", started); //$NON-NLS-1$
				Files.move(outDir, previous);
				messages.add(NLS.bind(Messages.Run_previousKept, outDir, previous));
			} else {
				Files.deleteIfExists(outDir);
			}
			Files.move(staging, outDir);
			RunMarker.remove(outDir);
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Run_cannotWrite, outDir, e.getMessage()), e);
		}
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	/** @return the version of the core bundle, which all bundles share */
	public static String applicationVersion() {
		Bundle bundle = FrameworkUtil.getBundle(RunStudyOperation.class);
		return bundle == null ? "development" : bundle.getVersion().toString(); //$NON-NLS-1$
	}
}
