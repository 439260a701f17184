package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;

/**
 * {@code laserdamage job-attempt --job-folder DIR --attempt N}: internal, the
 * node side of a place that runs an attempt somewhere else (a Slurm batch
 * script calls it on the node). The contract such a place relies on:
 * <ul>
 * <li>{@code DIR} is one job's folder of a {@link FileJobStore} ({@code <root>/<id>/}
 * with {@code job.json}, the frozen {@link IJobStore#STUDY_FILE} and
 * {@link IJobStore#MATERIALS_FILE}); the store's root is {@code DIR}'s parent.</li>
 * <li>It runs the frozen study with the frozen materials on the job's solver
 * and {@link org.laserdamage.jobs.JobSpec#solverOptions() options} (the
 * material database is not opened), and writes a complete run directory
 * ({@code docs/result-format.md}) into {@link FileJobStore#attemptFolder(String, int)}
 * ({@code DIR/attempt-N}), published as {@code laserdamage run} publishes
 * {@code --out}: staged in {@code DIR/attempt-N.incomplete-…}, kept as
 * {@code attempt-N.failed-…}/{@code .cancelled-…} when it does not succeed (where
 * {@link org.laserdamage.jobs.JobLogs} finds the solver's log), and anything
 * already in {@code attempt-N} is moved to {@code attempt-N.previous-…}, so a
 * place keeps its own files (batch script, scheduler output) beside it, not in it.</li>
 * <li>It never changes {@code job.json}: the state of the job belongs to the
 * place's process, which follows the node. It stops when that process
 * {@link IJobStore#requestCancel asks} (checked every second) or on
 * SIGINT/SIGTERM/SIGHUP (what {@code scancel} sends).</li>
 * <li>Progress goes to standard output as plain {@code …: 40%} lines, then the
 * result lines of {@code run}; warnings and errors go to standard error.</li>
 * <li>Exit codes as {@code run}: 0 success, 2 invalid input (the study's fault,
 * never worth retrying), 1 any other failure, 130 cancelled through the job
 * list, 143/130/129 on SIGTERM/SIGINT/SIGHUP.</li>
 * </ul>
 */
final class JobAttemptCommand {

	private static final long CANCEL_CHECK_MILLIS = 1000;

	private final Cli cli;
	private final PrintStream out;
	private final PrintStream err;
	private final Interruptions interruptions;

	JobAttemptCommand(Cli cli, PrintStream out, PrintStream err, Interruptions interruptions) {
		this.cli = cli;
		this.out = out;
		this.err = err;
		this.interruptions = interruptions;
	}

	/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
	int run(String[] args) {
		Path folder = null;
		Integer attempt = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if ("--job-folder".equals(arg) && i + 1 < args.length) { //$NON-NLS-1$
				folder = path(args[++i]);
			} else if (arg.startsWith("--job-folder=")) { //$NON-NLS-1$
				folder = path(arg.substring("--job-folder=".length())); //$NON-NLS-1$
			} else if ("--attempt".equals(arg) && i + 1 < args.length) { //$NON-NLS-1$
				attempt = number(args[++i]);
			} else if (arg.startsWith("--attempt=")) { //$NON-NLS-1$
				attempt = number(arg.substring("--attempt=".length())); //$NON-NLS-1$
			} else {
				throw new IllegalArgumentException(Messages.Attempt_usage);
			}
		}
		if (folder == null || attempt == null) {
			throw new IllegalArgumentException(Messages.Attempt_usage);
		}
		Path jobFolder = folder.toAbsolutePath().normalize();
		if (!Files.isRegularFile(jobFolder.resolve(IJobStore.STUDY_FILE)) || jobFolder.getParent() == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Attempt_notAJobFolder, jobFolder, IJobStore.STUDY_FILE));
		}
		FileJobStore store = new FileJobStore(jobFolder.getParent());
		String id = jobFolder.getFileName().toString();
		try {
			Job job = store.find(id).orElseThrow(
					() -> new IllegalArgumentException(NLS.bind(Messages.Attempt_notAJobFolder, jobFolder, "job.json"))); //$NON-NLS-1$
			Study study = store.study(id);
			IMaterialLibrary materials = store.materials(id);
			Path studyFile = jobFolder.resolve(IJobStore.STUDY_FILE);
			List<String> warnings = StudyPreparation.check(study, studyFile, materials);
			warnings.forEach(w -> err.println(Messages.Cli_warning + w));
			out.println(NLS.bind(Messages.Attempt_starting, new Object[] { attempt, id, job.spec().solverId(),
					store.attemptFolder(id, attempt) }));
			ConsoleProgressMonitor console = new ConsoleProgressMonitor(out, false);
			IProgressMonitor monitor = new CancelRequests(console, store, id);
			RunStudyOperation.Outcome outcome;
			interruptions.cancellable(monitor);
			try {
				outcome = new RunStudyOperation(study, studyFile, store.attemptFolder(id, attempt), materials, warnings,
						LocalPlace.options(job)).execute(monitor);
			} finally {
				interruptions.cancellable(null);
			}
			outcome.summary().warnings().stream().filter(w -> !warnings.contains(w))
					.forEach(w -> err.println(Messages.Cli_warning + w));
			outcome.messages().forEach(out::println);
			Cli.printSummary(out, outcome.summary(), outcome.runDirectory(), outcome.report());
			return Cli.OK;
		} catch (CoreException e) {
			return cli.report("job-attempt", e.getStatus()); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			String signal = interruptions.signalName();
			err.println(signal == null ? e.getMessage() : NLS.bind(Messages.Cli_cancelledBySignal, signal, e.getMessage()));
			return interruptions.exitCode(Cli.CANCELLED);
		}
	}

	private static Path path(String text) {
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Cli_badPath, text));
		}
	}

	private static int number(String text) {
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Attempt_badNumber, text));
	}

	/** Cancelled also when someone asks through the job list ({@code laserdamage jobs cancel}, the place's process). */
	private static final class CancelRequests extends ProgressMonitorWrapper {
		private final IJobStore store;
		private final String id;
		private long lastCheck;

		CancelRequests(IProgressMonitor monitor, IJobStore store, String id) {
			super(monitor);
			this.store = store;
			this.id = id;
		}

		@Override
		public boolean isCanceled() {
			if (super.isCanceled()) {
				return true;
			}
			long now = System.currentTimeMillis();
			if (now - lastCheck >= CANCEL_CHECK_MILLIS) {
				lastCheck = now;
				if (store.isCancelRequested(id)) {
					setCanceled(true);
					return true;
				}
			}
			return false;
		}
	}
}
