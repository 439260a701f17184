package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
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
			return Cli.OK;
		} catch (CoreException e) {
			err.println(Messages.Cli_error + e.getStatus().getMessage());
			return RunStatus.isInvalidInput(e.getStatus()) ? Cli.INVALID : Cli.FAILURE;
		}
	}

	private static Path study(String[] args) {
		int first = args.length > 1 && "--".equals(args[1]) ? 2 : 1; //$NON-NLS-1$
		if (args.length > first + 1 || (first == 1 && args.length > 1 && args[1].startsWith("-"))) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.Benchmark_usage);
		}
		return args.length > first ? Cli.Arguments.study(null, args[first]) : Paths.get(DEFAULT_STUDY);
	}
}
