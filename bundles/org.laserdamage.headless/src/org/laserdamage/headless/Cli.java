package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.solver.SolverRegistry;

/**
 * Parses the command line and runs one command. Exit codes: 0 success,
 * 2 invalid input (the message names the file, the setting and the fix),
 * 1 solver, database or I/O failure, 130 cancelled.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILURE = 1;
	public static final int INVALID = 2;
	public static final int CANCELLED = 130;

	private final PrintStream out;
	private final PrintStream err;
	private final boolean terminal;

	public Cli(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	/** @return the process exit code */
	public int run(String[] args) {
		if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(Messages.Cli_usage);
			return args.length == 0 ? INVALID : OK;
		}
		if ("--version".equals(args[0])) { //$NON-NLS-1$
			out.println("laserdamage " + RunStudyOperation.applicationVersion()); //$NON-NLS-1$
			return OK;
		}
		try {
			switch (args[0]) {
			case "run": //$NON-NLS-1$
				return run(Arguments.parse(args, true));
			case "validate": //$NON-NLS-1$
				return validate(Arguments.parse(args, false));
			case "solvers": //$NON-NLS-1$
				SolverRegistry.solvers().forEach(s -> out.println(s.id() + "  " + s.name() + "  " + s.description())); //$NON-NLS-1$ //$NON-NLS-2$
				return OK;
			case "materials": //$NON-NLS-1$
				return new MaterialsCommand(out, err).run(args);
			case "benchmark": //$NON-NLS-1$
				return Benchmark.run(args, out, err);
			default:
				err.println(NLS.bind(Messages.Cli_unknownCommand, args[0]));
				return INVALID;
			}
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return INVALID;
		}
	}

	private int run(Arguments a) {
		try {
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(this::warn);
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(a.study(), a.overrides(), library);
			prepared.warnings().forEach(w -> err.println(Messages.Cli_warning + w));
			Path out = a.out() != null ? a.out() : defaultOut(a.study());
			RunStudyOperation operation = new RunStudyOperation(prepared.study(), a.study(), out, library,
					prepared.warnings());
			RunStudyOperation.Outcome outcome = operation.execute(new ConsoleProgressMonitor(this.out, terminal));
			outcome.summary().warnings().stream().filter(w -> !prepared.warnings().contains(w))
					.forEach(w -> err.println(Messages.Cli_warning + w));
			outcome.messages().forEach(this.out::println);
			printSummary(outcome);
			return OK;
		} catch (CoreException e) {
			return report(e.getStatus());
		} catch (OperationCanceledException e) {
			err.println(e.getMessage());
			return CANCELLED;
		}
	}

	private void printSummary(RunStudyOperation.Outcome outcome) {
		var summary = outcome.summary();
		out.println(NLS.bind(Messages.Cli_finished, new Object[] { summary.studyName(), summary.solverId(),
				String.format(Locale.ROOT, "%.2f", summary.wallTime()), summary.steps() })); //$NON-NLS-1$
		out.println(NLS.bind(Messages.Cli_peak, String.format(Locale.ROOT, "%.1f K (%.1f °C)", //$NON-NLS-1$
				summary.peak().temperature(), summary.peak().temperature() - 273.15),
				String.format(Locale.ROOT, "%.4g", summary.peak().time()))); //$NON-NLS-1$
		for (CriterionSummary c : summary.criteria()) {
			String when = c.reached() ? String.format(Locale.ROOT, "reached at %.4g s", c.time()) : "not reached"; //$NON-NLS-1$ //$NON-NLS-2$
			out.println(String.format(Locale.ROOT, "  %-17s %-22s margin %.4g %s", c.criterion(), when, c.margin(), //$NON-NLS-1$
					c.marginUnit()));
		}
		out.println(NLS.bind(Messages.Cli_results, outcome.runDirectory()));
		out.println(NLS.bind(Messages.Cli_report, outcome.report()));
	}

	private int validate(Arguments a) {
		try {
			// the file first: a broken file needs no material database to be refused
			Study study = StudyPreparation.load(a.study(), a.overrides());
			List<String> warnings = StudyPreparation.check(study, a.study(), MaterialLibraryAccess.snapshot(this::warn));
			warnings.forEach(w -> err.println(Messages.Cli_warning + w));
			out.println(NLS.bind(Messages.Cli_valid, a.study(), warnings.size()));
			return OK;
		} catch (CoreException e) {
			return report(e.getStatus());
		}
	}

	private void warn(IStatus status) {
		err.println(Messages.Cli_warning + status.getMessage());
	}

	private int report(IStatus status) {
		err.println(Messages.Cli_error + status.getMessage());
		Throwable cause = status.getException();
		if (cause != null && Boolean.getBoolean("laserdamage.debug")) { //$NON-NLS-1$
			cause.printStackTrace(err);
		}
		return RunStatus.isInvalidInput(status) ? INVALID : FAILURE;
	}

	private static Path defaultOut(Path study) {
		String name = study.getFileName().toString().replaceFirst("\\.ldsim$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
		return Paths.get("runs", name + "-" + stamp); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Arguments of run and validate. */
	record Arguments(Path study, Path out, List<String> overrides) {

		static Arguments parse(String[] args, boolean allowOut) {
			Path study = null;
			Path out = null;
			List<String> overrides = new ArrayList<>();
			boolean options = true;
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (options && "--".equals(arg)) { //$NON-NLS-1$
					// what follows is a file name, even when it starts with '-'
					options = false;
				} else if (!options) {
					study = study(study, arg);
				} else if ("--set".equals(arg) || "-s".equals(arg)) { //$NON-NLS-1$ //$NON-NLS-2$
					overrides.add(value(args, ++i, arg));
				} else if (arg.startsWith("--set=")) { //$NON-NLS-1$
					overrides.add(arg.substring(6));
				} else if (allowOut && ("--out".equals(arg) || "-o".equals(arg))) { //$NON-NLS-1$ //$NON-NLS-2$
					out = Paths.get(value(args, ++i, arg));
				} else if (allowOut && arg.startsWith("--out=")) { //$NON-NLS-1$
					out = Paths.get(arg.substring(6));
				} else if (arg.startsWith("-")) { //$NON-NLS-1$
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, arg, args[0]));
				} else {
					study = study(study, arg);
				}
			}
			if (study == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingStudy, args[0]));
			}
			return new Arguments(study, out, overrides);
		}

		/** @return the study file named by {@code arg}; one per command */
		static Path study(Path before, String arg) {
			if (before != null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cli_extraArgument, arg));
			}
			try {
				return Paths.get(arg);
			} catch (InvalidPathException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cli_badPath, arg));
			}
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, option));
			}
			return args[i];
		}
	}
}
