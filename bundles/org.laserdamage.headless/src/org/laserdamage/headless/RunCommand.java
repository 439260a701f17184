package org.laserdamage.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.OutputFolders;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.solver.SolverRegistry;

/**
 * {@code laserdamage run STUDY [--solver S] [--on PLACE] [--timeout T] [--option K=V]... [--out DIR] [--set P=V]...}:
 * the study is checked completely first (exit 2 before any job exists), then
 * becomes a job in the job list of {@link JobStores} and is scheduled by a
 * {@link JobRunner} of this process on the place {@code --on} names. The
 * command follows the job, printing progress and every reason it waits,
 * and publishes its run directory to {@code --out}: on this computer the
 * attempt writes {@code --out} itself ({@link InProcessPlace}); elsewhere the
 * attempt's run directory is copied there ({@link RunPublisher}). A signal
 * or {@code laserdamage jobs cancel} cancels the job and stops its
 * processes.
 */
final class RunCommand {

	/** Attempts of a job run elsewhere, where a node can die or a licence vanish; locally one. */
	static final int ATTEMPTS_ELSEWHERE = 2;

	private static final long POLL_MILLIS = 500;

	private final Cli cli;
	private final PrintStream out;
	private final PrintStream err;
	private final boolean terminal;
	private final Interruptions interruptions;

	RunCommand(Cli cli, PrintStream out, PrintStream err, boolean terminal, Interruptions interruptions) {
		this.cli = cli;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
		this.interruptions = interruptions;
	}

	/** The options of run beyond those of {@link Cli.Arguments}. */
	record Options(Cli.Arguments arguments, String solver, String place, String timeout, Map<String, String> solverOptions,
			boolean verify) {

		/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
		static Options parse(String[] args) {
			String solver = null;
			String place = null;
			String timeout = null;
			boolean verify = false;
			Map<String, String> options = new LinkedHashMap<>();
			List<String> rest = new ArrayList<>();
			rest.add(args[0]);
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if ("--".equals(arg)) { //$NON-NLS-1$
					for (; i < args.length; i++) {
						rest.add(args[i]);
					}
					break;
				}
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg; //$NON-NLS-1$
				boolean inline = arg.length() > name.length();
				switch (name) {
				case "--solver": //$NON-NLS-1$
					solver = once(solver, name, inline ? arg.substring(name.length() + 1) : value(args, ++i, name));
					break;
				case "--on": //$NON-NLS-1$
					place = once(place, name, inline ? arg.substring(name.length() + 1) : value(args, ++i, name));
					break;
				case "--timeout": //$NON-NLS-1$
					timeout = once(timeout, name, inline ? arg.substring(name.length() + 1) : value(args, ++i, name));
					break;
				case "--verify": //$NON-NLS-1$
					if (inline) {
						throw new IllegalArgumentException(NLS.bind(Messages.Run_flagTakesNoValue, name));
					}
					verify = true;
					break;
				case "--option": //$NON-NLS-1$
					option(options, inline ? arg.substring(name.length() + 1) : value(args, ++i, name));
					break;
				default:
					rest.add(arg);
				}
			}
			return new Options(Cli.Arguments.parse(rest.toArray(String[]::new), true), solver,
					place == null ? LocalPlace.ID : place, timeout, options, verify);
		}

		private static String once(String before, String option, String value) {
			if (before != null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Materials_repeatedOption, option));
			}
			return value;
		}

		private static void option(Map<String, String> options, String assignment) {
			int eq = assignment.indexOf('=');
			if (eq <= 0 || assignment.substring(0, eq).isBlank()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_badOption, assignment));
			}
			String key = assignment.substring(0, eq).strip();
			if (options.put(key, assignment.substring(eq + 1)) != null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_repeatedSolverOption, key));
			}
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, option));
			}
			return args[i];
		}
	}

	/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
	int run(String[] args) {
		Options o = Options.parse(args);
		Cli.Arguments a = o.arguments();
		Duration timeout = o.timeout() == null ? Duration.ZERO : Durations.parse("--timeout", o.timeout()); //$NON-NLS-1$
		try {
			String solverId = o.solver() == null ? null : solverId(o.solver());
			Path outDir = OutputFolders.check(a.out() != null ? a.out() : defaultOut(a.study()).toString(), a.study(),
					Cli.guardedFolders());
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(s -> err.println(Messages.Cli_warning + s.getMessage()));
			Study loaded = StudyPreparation.load(a.study(), a.overrides());
			if (solverId != null) {
				loaded.getSolver().setSolverId(solverId);
			}
			if (o.verify()) {
				loaded.getSolver().setVerify(true);
			}
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(loaded, a.study(), library);
			IPlace place = PlaceRegistry.create(o.place(), JobSettings.of(Map.of()));
			prepared.warnings().forEach(w -> err.println(Messages.Cli_warning + w));
			JobSpec spec = new JobSpec(prepared.study().getSolver().getSolverId(), o.solverOptions(), place.id(), timeout,
					place instanceof LocalPlace ? 1 : ATTEMPTS_ELSEWHERE);
			FileJobStore store = JobStores.open();
			ConsoleProgressMonitor console = new ConsoleProgressMonitor(out, terminal);
			InProcessPlace inProcess = place instanceof LocalPlace ? new InProcessPlace(place, outDir, a.study(), console)
					: null;
			try (JobRunner runner = new JobRunner(store, List.of(inProcess != null ? inProcess : place))) {
				return follow(runner, prepared, library, spec, inProcess, console, outDir, o.timeout());
			}
		} catch (CoreException e) {
			return cli.report("run", e.getStatus()); //$NON-NLS-1$
		}
	}

	private int follow(JobRunner runner, StudyPreparation.Prepared prepared, IMaterialLibrary library, JobSpec spec,
			InProcessPlace inProcess, ConsoleProgressMonitor console, Path outDir, String timeoutText)
			throws CoreException {
		BlockingQueue<Job> updates = new LinkedBlockingQueue<>();
		Consumer<Job> listener = updates::add;
		runner.addListener(listener);
		runner.startOwnJobs();
		AtomicBoolean cancel = new AtomicBoolean();
		interruptions.cancellable(new NullProgressMonitor() {
			@Override
			public void setCanceled(boolean value) {
				super.setCanceled(value);
				if (value) {
					cancel.set(true);
					if (inProcess != null) {
						inProcess.cancel();
					}
				}
			}
		});
		try {
			Job job = runner.submit(prepared.study(), library, spec);
			Job end = await(runner, job, updates, cancel, inProcess == null ? console : null);
			return ended(runner, end, prepared, inProcess, outDir, timeoutText);
		} finally {
			interruptions.cancellable(null);
			runner.removeListener(listener);
		}
	}

	/** Follows the job to its final state, printing each new reason it waits and (for other places) its progress. */
	private Job await(JobRunner runner, Job submitted, BlockingQueue<Job> updates, AtomicBoolean cancel,
			ConsoleProgressMonitor remoteProgress) throws CoreException {
		Job job = submitted;
		String shown = ""; //$NON-NLS-1$
		double progressShown = 0;
		boolean begun = false;
		while (!job.state().isFinal()) {
			if (cancel.get()) {
				runner.cancel(job.id());
			}
			Job next;
			try {
				next = updates.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancel.set(true);
				continue;
			}
			if (next == null) {
				Optional<Job> stored = runner.store().find(job.id());
				if (stored.isEmpty()) {
					throw RunStatus.failure(NLS.bind(Messages.Jobs_vanished, job.id()), null);
				}
				next = stored.get();
			} else if (!next.id().equals(job.id())) {
				continue;
			}
			job = next;
			String line = waitingLine(job);
			if (!line.isEmpty() && !line.equals(shown)) {
				out.println(line);
			}
			shown = line;
			if (remoteProgress != null && job.state() == RunState.RUNNING) {
				if (!begun) {
					remoteProgress.beginTask(NLS.bind(Messages.Run_remoteTask, job.studyName(), job.spec().place()), 1000);
					begun = true;
				}
				if (job.progress() > progressShown) {
					remoteProgress.internalWorked(1000 * (job.progress() - progressShown));
					progressShown = job.progress();
				}
			}
		}
		if (remoteProgress != null && begun && job.state() == RunState.SUCCEEDED) {
			remoteProgress.done();
		}
		return job;
	}

	/** @return what a user reads while the job waits, is queued for another attempt or its place reports on it; empty otherwise */
	private static String waitingLine(Job job) {
		if (job.state() == RunState.WAITING) {
			return NLS.bind(Messages.Run_waiting, job.reason());
		}
		if (job.state() == RunState.QUEUED && !job.reason().isEmpty()) {
			return NLS.bind(Messages.Run_queued, job.reason());
		}
		if (job.state() == RunState.RUNNING && !job.reason().isEmpty()) {
			// what the place says of a running attempt, e.g. "Slurm: Licenses" while Slurm keeps it pending
			return NLS.bind(Messages.Run_placeSays, job.reason());
		}
		return ""; //$NON-NLS-1$
	}

	private int ended(JobRunner runner, Job job, StudyPreparation.Prepared prepared, InProcessPlace inProcess,
			Path outDir, String timeoutText) throws CoreException {
		Object ending = inProcess == null ? null : inProcess.ending().orElse(null);
		switch (job.state()) {
		case SUCCEEDED:
			if (ending instanceof RunStudyOperation.Outcome outcome) {
				outcome.summary().warnings().stream().filter(w -> !prepared.warnings().contains(w))
						.forEach(w -> err.println(Messages.Cli_warning + w));
				outcome.messages().forEach(out::println);
				Cli.printSummary(out, outcome.summary(), outcome.runDirectory(), outcome.report());
			} else {
				RunPublisher.publish(job.result(), outDir).forEach(out::println);
				RunSummary summary;
				try {
					summary = SummaryJson.read(outDir.resolve(RunDirectory.SUMMARY));
				} catch (IOException e) {
					throw RunStatus.failure(NLS.bind(Messages.Run_unreadableSummary, outDir, e.getMessage()), e);
				}
				summary.warnings().stream().filter(w -> !prepared.warnings().contains(w))
						.forEach(w -> err.println(Messages.Cli_warning + w));
				Cli.printSummary(out, summary, outDir, outDir.resolve(RunDirectory.REPORT));
			}
			CleanupCommand.mentionDeadRuns(outDir.getParent(), err);
			return Cli.OK;
		case CANCELLED:
			String why = ending instanceof OperationCanceledException c ? c.getMessage()
					: job.attempt() == 0 ? NLS.bind(Messages.Run_cancelledBeforeStart, job.id(), outDir)
							: NLS.bind(Messages.Run_cancelledJob, new Object[] { job.id(),
									runner.store().attemptFolder(job.id(), job.attempt()), outDir });
			String signal = interruptions.signalName();
			if (signal != null) {
				err.println(NLS.bind(Messages.Cli_cancelledBySignal, signal, why));
			} else if (runner.store().isCancelRequested(job.id())) {
				err.println(NLS.bind(Messages.Run_cancelledByRequest, job.id(), why));
			} else {
				err.println(why);
			}
			return interruptions.exitCode(Cli.CANCELLED);
		default: // FAILED
			if (ending instanceof OperationCanceledException c) {
				// the runner cancelled the attempt when it exceeded the job's timeout
				err.println(Messages.Cli_error + NLS.bind(Messages.Run_timedOut, timeoutText, c.getMessage()));
				return Cli.FAILURE;
			}
			if (ending instanceof CoreException e) {
				return cli.report("run", e.getStatus()); //$NON-NLS-1$
			}
			if (ending instanceof Error e) {
				throw e; // reported as unexpected, with its stack trace in the crash log
			}
			if (ending instanceof RuntimeException e) {
				throw e;
			}
			err.println(Messages.Cli_error + (timedOut(job) ? NLS.bind(Messages.Run_timedOut, timeoutText, job.reason())
					: job.reason()));
			if (inProcess == null && job.attempt() > 0) {
				err.println(NLS.bind(Messages.Run_partialElsewhere,
						runner.store().attemptFolder(job.id(), job.attempt()), outDir));
			}
			if (!job.log().isBlank()) {
				err.println(NLS.bind(Messages.Run_solverLog, job.log()));
			}
			return Cli.FAILURE;
		}
	}

	/** @return whether the job's last attempt ran for its whole timeout before it failed */
	private static boolean timedOut(Job job) {
		return !job.spec().timeout().isZero() && job.started() != null && job.ended() != null
				&& Duration.between(job.started(), job.ended()).compareTo(job.spec().timeout()) >= 0;
	}

	/**
	 * @return the installed solver {@code name} stands for: its id, or its short name (the id without
	 *         {@code org.laserdamage.solver.}, e.g. builtin, calculix)
	 */
	static String solverId(String name) throws CoreException {
		List<String> installed = SolverRegistry.solvers().stream().map(SolverRegistry.SolverDescriptor::id).toList();
		String wanted = name.strip();
		return installed.stream().filter(i -> i.equals(wanted) || CompareSolversOperation.shortName(i).equals(wanted))
				.findFirst().orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Run_unknownSolver, name, installed
						.stream().map(CompareSolversOperation::shortName).collect(Collectors.joining(", "))))); //$NON-NLS-1$
	}

	private static Path defaultOut(Path study) {
		String name = study.getFileName().toString().replaceFirst("\\.ldsim$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
		return Paths.get("runs", name + "-" + stamp); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
