package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.DiscretisationCheck;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.model.Study;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.RunSummary;
import org.laserdamage.solver.SolverRegistry;

/**
 * Parses the command line and runs one command. Exit codes: 0 success,
 * 2 invalid input (the message names the file, the setting and the fix),
 * 1 solver, database or I/O failure, 130 cancelled (143, 129 by SIGTERM, SIGHUP).
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILURE = 1;
	public static final int INVALID = 2;
	public static final int CANCELLED = 130;

	private final PrintStream out;
	private final PrintStream err;
	private final boolean terminal;
	private final Interruptions interruptions;

	public Cli(PrintStream out, PrintStream err, boolean terminal) {
		this(out, err, terminal, new Interruptions());
	}

	/** @param interruptions the signals that cancel a run of this process */
	Cli(PrintStream out, PrintStream err, boolean terminal, Interruptions interruptions) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
		this.interruptions = interruptions;
	}

	/**
	 * Runs a command; any failure nobody foresaw (an {@link Error} such as
	 * {@link OutOfMemoryError} included) ends with a message, its stack trace in
	 * the {@link CrashLog} and exit code 1, never with 0.
	 *
	 * @return the process exit code
	 */
	public int run(String[] args) {
		try {
			return runCommand(args);
		} catch (Throwable e) { // NOPMD: whatever went wrong, the process must not exit 0
			String command = args.length == 0 ? "" : args[0]; //$NON-NLS-1$
			err.println(Messages.Cli_error + unexpected(command, e));
			return FAILURE;
		}
	}

	private int runCommand(String[] args) {
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
				return new RunCommand(this, out, err, terminal, interruptions).run(args);
			case "jobs": //$NON-NLS-1$
				return new JobsCommand(this, out, err).run(args);
			case "job-attempt": //$NON-NLS-1$
				return new JobAttemptCommand(this, out, err, interruptions).run(args);
			case "validate": //$NON-NLS-1$
				return validate(Arguments.parse(args, false));
			case "compare": //$NON-NLS-1$
				return new CompareCommand(this, out, err, terminal, interruptions).run(args);
			case "solvers": //$NON-NLS-1$
				SolverRegistry.solvers().forEach(s -> out.println(s.id() + "  " + s.name() + "  " + s.description())); //$NON-NLS-1$ //$NON-NLS-2$
				return OK;
			case "materials": //$NON-NLS-1$
				return new MaterialsCommand(out, err).run(args);
			case "backup": //$NON-NLS-1$
				return new BackupCommand(this, out, err, interruptions).run(args);
			case "cleanup": //$NON-NLS-1$
				return new CleanupCommand(out, err).run(args);
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

	/** Folders a run must never move aside or write into: the data folder and the installation. */
	static List<Path> guardedFolders() throws CoreException {
		List<Path> guarded = new ArrayList<>();
		try {
			guarded.add(MaterialStores.dataDirectory());
		} catch (MaterialStoreException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
		String install = System.getProperty("osgi.install.area"); //$NON-NLS-1$
		if (install != null && install.startsWith("file:")) { //$NON-NLS-1$
			try {
				guarded.add(Paths.get(new java.net.URL(install).toURI()));
			} catch (java.net.MalformedURLException | java.net.URISyntaxException | IllegalArgumentException e) {
				// an installation that is not a plain folder cannot be the target of --out
			}
		}
		return guarded;
	}

	/** Prints what a finished run found: peak, criteria, where its results and report are. */
	static void printSummary(PrintStream out, RunSummary summary, Path runDirectory, Path report) {
		out.println(NLS.bind(Messages.Cli_finished, new Object[] { summary.studyName(), summary.solverId(),
				String.format(Locale.ROOT, "%.2f", summary.wallTime()), summary.steps() })); //$NON-NLS-1$
		out.println(NLS.bind(Messages.Cli_peak, String.format(Locale.ROOT, "%.1f K (%.1f °C)", //$NON-NLS-1$
				summary.peak().temperature(), summary.peak().temperature() - 273.15),
				String.format(Locale.ROOT, "%.4g", summary.peak().time()))); //$NON-NLS-1$
		for (CriterionSummary c : summary.criteria()) {
			if (!c.applicable()) {
				out.println(String.format(Locale.ROOT, "  %-17s %-22s (no melting data: the material never melts)", //$NON-NLS-1$
						c.criterion(), c.status()));
				continue;
			}
			String when = c.reached() ? String.format(Locale.ROOT, "reached at %.4g s", c.time()) : "not reached"; //$NON-NLS-1$ //$NON-NLS-2$
			out.println(String.format(Locale.ROOT, "  %-17s %-22s margin %.4g %s", c.criterion(), when, c.margin(), //$NON-NLS-1$
					c.marginUnit()));
		}
		summary.verificationCheck().ifPresent(check -> DiscretisationCheck.lines(check).forEach(out::println));
		out.println(NLS.bind(Messages.Cli_results, runDirectory));
		out.println(NLS.bind(Messages.Cli_report, report));
	}

	private int validate(Arguments a) {
		try {
			// the file first: a broken file needs no material database to be refused
			Study study = StudyPreparation.load(a.study(), a.overrides());
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(study, a.study(),
					MaterialLibraryAccess.snapshot(this::warn));
			prepared.warnings().forEach(w -> err.println(Messages.Cli_warning + w));
			prepared.notes().forEach(n -> out.println(Messages.Cli_note + n));
			out.println(NLS.bind(Messages.Cli_valid, a.study(), prepared.warnings().size()));
			return OK;
		} catch (CoreException e) {
			return report("validate", e.getStatus()); //$NON-NLS-1$
		}
	}

	void warn(IStatus status) {
		err.println(Messages.Cli_warning + status.getMessage());
	}

	int report(String command, IStatus status) {
		err.println(Messages.Cli_error + status.getMessage());
		if (RunStatus.isInvalidInput(status)) {
			return INVALID;
		}
		Throwable cause = status.getException();
		if (cause != null && !(cause instanceof CoreException)) {
			CrashLog.write(command, cause).ifPresent(log -> err.println(NLS.bind(Messages.Cli_detailsLogged, log)));
		}
		if (cause != null && Boolean.getBoolean("laserdamage.debug")) { //$NON-NLS-1$
			cause.printStackTrace(err);
		}
		return FAILURE;
	}

	/** @return what a user reads about a failure nobody foresaw; its stack trace goes to the log */
	private static String unexpected(String command, Throwable e) {
		String log = CrashLog.write(command, e).map(Path::toString).orElse(Messages.Cli_noLog);
		if (e instanceof OutOfMemoryError) {
			return NLS.bind(Messages.Cli_outOfMemory, Runtime.getRuntime().maxMemory() / (1024 * 1024), log);
		}
		return NLS.bind(Messages.Cli_unexpected, new Object[] { command, e.getClass().getName(),
				e.getMessage() == null ? "" : e.getMessage(), log }); //$NON-NLS-1$
	}

	/** Arguments of run and validate. */
	record Arguments(Path study, String out, List<String> overrides) {

		static Arguments parse(String[] args, boolean allowOut) {
			Path study = null;
			String out = null;
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
					out = value(args, ++i, arg);
				} else if (allowOut && arg.startsWith("--out=")) { //$NON-NLS-1$
					out = arg.substring(6);
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
