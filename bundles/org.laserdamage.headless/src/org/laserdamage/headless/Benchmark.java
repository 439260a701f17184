package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.EqualAccuracyBenchmark;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.core.StudyProblemMapper;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.solver.builtin.internal.SolverBenchmark;

/**
 * {@code laserdamage benchmark [STUDY]}: prints the kernel's cell-updates per
 * second and the time to solution of a study (the aluminium example by default).
 * Numbers, not assertions: performance is tracked here, not in unit tests.
 */
final class Benchmark {

	private static final String DEFAULT_STUDY = "examples/al6061-cw-1kW.ldsim"; //$NON-NLS-1$

	private Benchmark() {
	}

	/** @throws IllegalArgumentException for arguments other than one study file, optionally after {@code --} */
	static int run(String[] args, PrintStream out, PrintStream err) {
		if (List.of(args).stream().anyMatch(a -> a.equals(SOLVERS) || a.startsWith(SOLVERS + '='))) {
			return equalAccuracy(args, out, err);
		}
		Path study = study(args);
		try {
			// the study is checked first: a missing or invalid file is refused before minutes of benchmarking
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(status -> err.println(status.getMessage()));
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(study, List.of(), library);
			StudyProblemMapper.Mapping mapping = StudyProblemMapper.map(prepared.study(), library);
			out.println("== Kernel"); //$NON-NLS-1$
			SolverBenchmark.run(out);
			out.println("== Time to solution: " + study); //$NON-NLS-1$
			SolverBenchmark.time(mapping.problem(), out);
			out.println("== Linear solver against the mesh"); //$NON-NLS-1$
			SolverBenchmark.scaling(out);
			return Cli.OK;
		} catch (CoreException e) {
			err.println(Messages.Cli_error + e.getStatus().getMessage());
			return RunStatus.isInvalidInput(e.getStatus()) ? Cli.INVALID : Cli.FAILURE;
		}
	}

	private static final String SOLVERS = "--solvers"; //$NON-NLS-1$
	private static final String TOLERANCE = "--tolerance"; //$NON-NLS-1$
	private static final String SET = "--set"; //$NON-NLS-1$

	/**
	 * {@code laserdamage benchmark --solvers builtin,calculix [--tolerance 1%] [--set PATH=VALUE]… [STUDY]}:
	 * the wall time of each solver at equal accuracy ({@link EqualAccuracyBenchmark}).
	 */
	private static int equalAccuracy(String[] args, PrintStream out, PrintStream err) {
		String solvers = null;
		double tolerance = 0.01;
		List<String> overrides = new ArrayList<>();
		Path study = null;
		boolean options = true;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (options && "--".equals(arg)) { //$NON-NLS-1$
				options = false;
			} else if (options && (arg.equals(SOLVERS) || arg.equals(TOLERANCE) || arg.equals(SET))) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, arg));
				}
				String value = args[++i];
				if (arg.equals(SOLVERS)) {
					solvers = value;
				} else if (arg.equals(SET)) {
					overrides.add(value);
				} else {
					tolerance = tolerance(value);
				}
			} else if (options && arg.startsWith(SOLVERS + '=')) {
				solvers = arg.substring(SOLVERS.length() + 1);
			} else if (options && arg.startsWith(TOLERANCE + '=')) {
				tolerance = tolerance(arg.substring(TOLERANCE.length() + 1));
			} else if (options && arg.startsWith(SET + '=')) {
				overrides.add(arg.substring(SET.length() + 1));
			} else if (options && arg.startsWith("-")) { //$NON-NLS-1$
				throw new IllegalArgumentException(Messages.Benchmark_usage);
			} else {
				study = Cli.Arguments.study(study, arg);
			}
		}
		Path file = study == null ? Paths.get(DEFAULT_STUDY) : study;
		try {
			List<String> ids = CompareSolversOperation.solverIds(solvers, 1);
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(status -> err.println(status.getMessage()));
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(file, overrides, library);
			double percent = tolerance * 100;
			out.println(NLS.bind(Messages.Benchmark_accuracyHeading, file, format(percent, 2)));
			EqualAccuracyBenchmark benchmark = new EqualAccuracyBenchmark(prepared.study(), library, ids, tolerance,
					out::println);
			EqualAccuracyBenchmark.Result result = benchmark.execute(new NullProgressMonitor());
			out.println(NLS.bind(Messages.Benchmark_accuracyResult, format(percent, 2)));
			List<EqualAccuracyBenchmark.Level> own = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (EqualAccuracyBenchmark.Ladder ladder : result.ladders()) {
				String name = CompareSolversOperation.shortName(ladder.solverId());
				EqualAccuracyBenchmark.Level level = ladder.atTolerance();
				if (level == null) {
					out.println(NLS.bind(Messages.Benchmark_notConverged, name,
							ladder.levels().get(ladder.levels().size() - 1).mesh()));
					continue;
				}
				own.add(level);
				names.add(name);
				out.println(line(name, level));
			}
			ratios(own, names, out);
			if (result.ladders().size() > 1) {
				if (result.joint() < 0) {
					out.println(NLS.bind(Messages.Benchmark_noJoint, format(percent, 2)));
				} else {
					out.println(NLS.bind(Messages.Benchmark_jointResult, format(percent, 2)));
					List<EqualAccuracyBenchmark.Level> joint = new ArrayList<>();
					names.clear();
					for (EqualAccuracyBenchmark.Ladder ladder : result.ladders()) {
						String name = CompareSolversOperation.shortName(ladder.solverId());
						EqualAccuracyBenchmark.Level level = ladder.levels().get(result.joint());
						joint.add(level);
						names.add(name);
						out.println(line(name, level));
					}
					ratios(joint, names, out);
				}
			}
			return Cli.OK;
		} catch (CoreException e) {
			err.println(Messages.Cli_error + e.getStatus().getMessage());
			return RunStatus.isInvalidInput(e.getStatus()) ? Cli.INVALID : Cli.FAILURE;
		}
	}

	private static String line(String name, EqualAccuracyBenchmark.Level level) {
		return NLS.bind(Messages.Benchmark_atTolerance, new Object[] { name, level.mesh(),
				format(level.meltOnset() * 1e3, 4), format(level.peakTemperature(), 1), format(level.wallSeconds(), 2) });
	}

	/** Prints each solver's wall time and results against the first one's. */
	private static void ratios(List<EqualAccuracyBenchmark.Level> levels, List<String> names, PrintStream out) {
		for (int i = 1; i < levels.size(); i++) {
			EqualAccuracyBenchmark.Level reference = levels.get(0);
			EqualAccuracyBenchmark.Level level = levels.get(i);
			out.println(NLS.bind(Messages.Benchmark_ratio, new Object[] { names.get(i), names.get(0),
					format(level.wallSeconds() / reference.wallSeconds(), 1),
					signed(100 * (level.meltOnset() - reference.meltOnset()) / reference.meltOnset()),
					signed(100 * (level.peakTemperature() - reference.peakTemperature()) / reference.peakTemperature()) }));
		}
	}

	private static double tolerance(String text) {
		String number = text.strip();
		boolean percent = number.endsWith("%"); //$NON-NLS-1$
		try {
			double value = Double.parseDouble(percent ? number.substring(0, number.length() - 1).strip() : number);
			double fraction = percent ? value / 100 : value;
			if (fraction > 0 && fraction < 0.5) {
				return fraction;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Benchmark_badTolerance, text));
	}

	private static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String signed(double percent) {
		return String.format(Locale.ROOT, "%+.2f %%", percent); //$NON-NLS-1$
	}

	private static Path study(String[] args) {
		int first = args.length > 1 && "--".equals(args[1]) ? 2 : 1; //$NON-NLS-1$
		if (args.length > first + 1 || (first == 1 && args.length > 1 && args[1].startsWith("-"))) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.Benchmark_usage);
		}
		return args.length > first ? Cli.Arguments.study(null, args[first]) : Paths.get(DEFAULT_STUDY);
	}
}
