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

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path study = Paths.get(args.length > 1 ? args[1] : DEFAULT_STUDY);
		try {
			out.println("== Kernel"); //$NON-NLS-1$
			SolverBenchmark.run(out);
			out.println("== Time to solution: " + study); //$NON-NLS-1$
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(status -> err.println(status.getMessage()));
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(study, List.of(), library);
			SolverBenchmark.time(StudyProblemMapper.map(prepared.study(), library).problem(), out);
			return Cli.OK;
		} catch (CoreException e) {
			err.println("Error: " + e.getStatus().getMessage()); //$NON-NLS-1$
			return RunStatus.isInvalidInput(e.getStatus()) ? Cli.INVALID : Cli.FAILURE;
		}
	}
}
