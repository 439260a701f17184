package org.laserdamage.jobs.slurm;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.IPlaceFactory;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobLogs;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.slurm.internal.BatchScript;
import org.laserdamage.jobs.slurm.internal.Folders;
import org.laserdamage.jobs.slurm.internal.Messages;
import org.laserdamage.jobs.slurm.internal.NodeProgress;
import org.laserdamage.jobs.slurm.internal.Sbatch;
import org.laserdamage.jobs.slurm.internal.ScontrolJob;
import org.laserdamage.jobs.slurm.internal.SlurmCommands;
import org.laserdamage.jobs.slurm.internal.SlurmStates;
import org.laserdamage.jobs.slurm.internal.SlurmStates.Ending;
import org.laserdamage.jobs.slurm.internal.SqueueLine;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.solver.SolverCapabilities.Requirement;
import org.laserdamage.solver.SolverRegistry;

/**
 * Runs each attempt of a job on a Slurm cluster. The job's frozen study,
 * materials and {@code job.json} are written to
 * {@code <slurm.sharedFolder>/<job id>/} (the layout of {@link FileJobStore}),
 * a batch script that runs {@code <slurm.launcher> job-attempt --job-folder
 * <that folder> --attempt N} is submitted with {@code sbatch --parsable}, and
 * the Slurm job is followed with {@code squeue} (and {@code scontrol show job}
 * once squeue no longer lists it). While Slurm keeps it pending, the
 * monitor's {@link IProgressMonitor#subTask(String) sub-task} says why
 * ("Slurm: Priority", "Slurm: Licenses"); the job runner shows it as the
 * job's reason. A cancelled monitor cancels the Slurm job with {@code scancel},
 * pending or running. When it completes, the attempt's run directory is copied
 * back into the local attempt folder and the shared copy of the job is removed;
 * a failed attempt keeps it, and its node's error output becomes the failure's
 * message and the job's log.
 * <p>
 * Slurm is asked never to requeue the job ({@code --no-requeue}): a job whose
 * node died may go on running there, so the retry is a new attempt of the job
 * model, in a folder of its own. The licences of {@code slurm.licenses} are
 * requested ({@code --licenses}) for jobs whose solver declares a licence
 * feature in the solver extension point (or, when the solver is not installed
 * here, whose id contains "ansys").
 */
public final class SlurmPlace implements IPlace {

	/** The id of this place. */
	public static final String ID = "slurm"; //$NON-NLS-1$

	/** Creates the place from {@link SlurmSettings}. */
	public static final class Factory implements IPlaceFactory {
		@Override
		public IPlace create(JobSettings settings) throws CoreException {
			return new SlurmPlace(SlurmSettings.from(settings));
		}
	}

	/** How long sbatch, squeue, scontrol or scancel may take. */
	private static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);
	/** How long Slurm may not answer before the attempt fails as an environment failure. */
	private static final Duration LOST_CONTACT = Duration.ofMinutes(3);
	/** How long a cancelled job may take to end (Slurm's KillWait is 30 s by default). */
	private static final Duration CANCEL_WAIT = Duration.ofSeconds(90);
	private static final long TICK_MILLIS = 100;
	/** Lines of the node's error output in the job's log, and in the failure's message. */
	private static final int LOG_LINES = 20;
	private static final int MESSAGE_LINES = 6;
	/** Lines at the end of the node's output searched for its progress. */
	private static final int PROGRESS_LINES = 40;
	/** The state of a job that Slurm forgot before it was seen to end, and that left no exit code. */
	private static final String FORGOTTEN = "FORGOTTEN"; //$NON-NLS-1$

	private final SlurmSettings settings;
	private final SlurmCommands commands;

	public SlurmPlace(SlurmSettings settings) {
		this.settings = settings;
		this.commands = new SlurmCommands(settings.bin(), COMMAND_LIMIT);
	}

	public SlurmSettings settings() {
		return settings;
	}

	@Override
	public String id() {
		return ID;
	}

	/** Slurm queues the job itself: the place never holds one back. */
	@Override
	public Optional<String> reserve(Job job) {
		return Optional.empty();
	}

	@Override
	public void release(Job job) {
		// nothing reserved
	}

	/** The files of one attempt in the job's shared folder. */
	private record Attempt(Path jobFolder, Path runDirectory, Path script, Path output, Path error, Path exitFile) {
		static Attempt of(Path shared, Job job) {
			Path run = new FileJobStore(shared).attemptFolder(job.id(), job.attempt());
			Path folder = run.getParent();
			String base = run.getFileName().toString();
			return new Attempt(folder, run, folder.resolve(base + ".sbatch"), folder.resolve(base + ".slurm-out.log"), //$NON-NLS-1$ //$NON-NLS-2$
					folder.resolve(base + ".slurm-err.log"), folder.resolve(base + ".exit")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A poll's answer: the job is still held by Slurm ({@code active}), or how it ended. */
	private record Poll(SqueueLine active, String state, int exitCode, String nodes, String reason) {
	}

	@Override
	public Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
		Attempt a = Attempt.of(settings.sharedFolder(), job);
		stage(job, store, attemptFolder, a);
		monitor.subTask(Messages.Place_submitting);
		String slurmId = submit(job, a);
		Poll end;
		try {
			end = follow(slurmId, a, monitor);
		} finally {
			keepSlurmLog(slurmId, a, attemptFolder);
		}
		if (FORGOTTEN.equals(end.state())) {
			throw RunStatus.environment(end.reason(), null);
		}
		Ending ending = SlurmStates.ending(end.state(), end.exitCode());
		String nodes = end.nodes().isEmpty() || "(null)".equals(end.nodes()) ? "?" : end.nodes(); //$NON-NLS-1$ //$NON-NLS-2$
		switch (ending) {
		case SUCCEEDED:
			return copyBack(slurmId, a, attemptFolder);
		case CANCELLED:
			throw new OperationCanceledException(NLS.bind(Messages.Place_cancelledInSlurm, slurmId));
		default:
			throw failure(slurmId, ending, end, nodes, a, attemptFolder);
		}
	}

	/** Writes the frozen study, materials and job.json to the job's shared folder, and the batch script. */
	private void stage(Job job, IJobStore store, Path attemptFolder, Attempt a) throws CoreException {
		try {
			Files.createDirectories(a.jobFolder());
			StudyIO.save(store.study(job.id()), a.jobFolder().resolve(IJobStore.STUDY_FILE));
			try (Writer w = Files.newBufferedWriter(a.jobFolder().resolve(IJobStore.MATERIALS_FILE), StandardCharsets.UTF_8)) {
				MaterialJson.write(store.materials(job.id()).materials(), w);
			}
			// The job as stored here (solver, options, timeout): FileJobStore keeps it beside the attempts.
			Path jobFile = attemptFolder.resolveSibling("job.json"); //$NON-NLS-1$
			if (Files.isRegularFile(jobFile)) {
				Files.copy(jobFile, a.jobFolder().resolve("job.json"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
			}
			for (Path stale : List.of(a.output(), a.error(), a.exitFile())) {
				Files.deleteIfExists(stale);
			}
			String comment = NLS.bind(Messages.Place_scriptComment, new Object[] { job.attempt(), job.id(),
					job.studyName(), ProcessIdentity.current().host() });
			Files.writeString(a.script(), BatchScript.text(settings.launcher(), a.jobFolder(), job.attempt(), a.exitFile(),
					comment), StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(a.script(), PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		} catch (IOException | UnsupportedOperationException e) {
			throw RunStatus.invalid(NLS.bind(Messages.Place_cannotStage,
					new Object[] { job.id(), settings.sharedFolder(), e.getMessage() }));
		}
	}

	private String submit(Job job, Attempt a) throws CoreException {
		String licenses = needsLicence(job.spec().solverId()) ? settings.licenses() : ""; //$NON-NLS-1$
		Sbatch.Request request = new Sbatch.Request(a.script(), "laserdamage-" + job.id(), a.jobFolder(), a.output(), //$NON-NLS-1$
				a.error(), settings.partition(), settings.account(), licenses, job.spec().timeout());
		SlurmCommands.Result r;
		try {
			r = commands.run("sbatch", Sbatch.arguments(request)); //$NON-NLS-1$
		} catch (IOException e) {
			throw RunStatus.environment(NLS.bind(Messages.Place_unreachable, e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		if (!r.ok()) {
			String why = r.stderr().strip();
			if (Sbatch.isRefusal(why)) {
				throw RunStatus.invalid(NLS.bind(Messages.Place_refused, new Object[] { why, or(settings.partition()),
						or(settings.account()), or(licenses) }));
			}
			throw RunStatus.environment(NLS.bind(Messages.Place_unreachable, why), null);
		}
		try {
			return Sbatch.jobId(r.stdout());
		} catch (IllegalArgumentException e) {
			throw RunStatus.environment(NLS.bind(Messages.Place_unreachable, e.getMessage()), e);
		}
	}

	private static String or(String value) {
		return value.isEmpty() ? "-" : value; //$NON-NLS-1$
	}

	/** @return whether the solver declares a licence feature (when it is installed here), else whether it is ANSYS */
	static boolean needsLicence(String solverId) {
		return SolverRegistry.find(solverId)
				.map(d -> d.capabilities().requirements().stream().map(Requirement::licenceFeature)
						.anyMatch(f -> f != null && !f.isBlank()))
				.orElse(solverId.toLowerCase(Locale.ROOT).contains("ansys")); //$NON-NLS-1$
	}

	/** Follows the Slurm job until it ends; cancels it when the monitor is cancelled. */
	private Poll follow(String slurmId, Attempt a, IProgressMonitor monitor) throws CoreException {
		long nextPoll = 0;
		Instant answered = Instant.now();
		String shown = null;
		int percentShown = 0;
		monitor.beginTask(NLS.bind(Messages.Place_task, slurmId), 100);
		try {
			for (;;) {
				if (monitor.isCanceled()) {
					cancel(slurmId, a);
					throw new OperationCanceledException(NLS.bind(Messages.Place_cancelled, slurmId));
				}
				if (System.currentTimeMillis() >= nextPoll) {
					nextPoll = System.currentTimeMillis() + settings.poll().toMillis();
					Poll p;
					try {
						p = poll(slurmId, a);
						answered = Instant.now();
					} catch (IOException e) {
						if (Duration.between(answered, Instant.now()).compareTo(LOST_CONTACT) > 0) {
							throw RunStatus.environment(NLS.bind(Messages.Place_lostContact,
									new Object[] { slurmId, LOST_CONTACT.toSeconds(), e.getMessage() }), e);
						}
						continue;
					}
					if (p.active() == null) {
						return p;
					}
					String text = describe(p.active());
					if (!text.equals(shown)) {
						monitor.subTask(text);
						shown = text;
					}
					int percent = NodeProgress.percent(Folders.tail(a.output(), PROGRESS_LINES)).orElse(percentShown);
					if (percent > percentShown) {
						monitor.worked(percent - percentShown);
						percentShown = percent;
					}
				}
				Thread.sleep(TICK_MILLIS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelQuietly(slurmId);
			throw new OperationCanceledException(NLS.bind(Messages.Place_cancelled, slurmId));
		}
	}

	private static String describe(SqueueLine line) {
		if (line.isPending()) {
			return NLS.bind(Messages.Place_pending, line.reason());
		}
		if (SlurmStates.RUNNING.equals(line.state())) {
			return NLS.bind(Messages.Place_running, line.nodes(), line.jobId());
		}
		return NLS.bind(Messages.Place_other, line.state(), line.jobId());
	}

	/**
	 * @return the job's state: active while squeue lists it, else its end from scontrol, else from the
	 *         exit code the batch script wrote
	 * @throws IOException when Slurm did not answer
	 */
	private Poll poll(String slurmId, Attempt a) throws IOException, InterruptedException {
		SlurmCommands.Result q = commands.run("squeue", List.of("-h", "-j", slurmId, "-o", SqueueLine.FORMAT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (q.ok()) {
			Optional<SqueueLine> line = parse(q.stdout());
			if (line.isPresent() && SlurmStates.isActive(line.get().state())) {
				return new Poll(line.get(), line.get().state(), 0, line.get().nodes(), line.get().reason());
			}
		} else if (!unknownJob(q.stderr())) {
			throw new IOException("squeue: " + q.stderr().strip()); //$NON-NLS-1$
		}
		SlurmCommands.Result c = commands.run("scontrol", List.of("show", "job", slurmId)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (c.ok()) {
			ScontrolJob job;
			try {
				job = ScontrolJob.parse(c.stdout());
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage());
			}
			if (SlurmStates.isActive(job.state())) {
				SqueueLine line = new SqueueLine(slurmId, job.state(), job.nodes(), job.reason());
				return new Poll(line, job.state(), 0, job.nodes(), job.reason());
			}
			return new Poll(null, job.state(), job.exitCode(), job.nodes(), job.reason());
		}
		if (!unknownJob(c.stderr())) {
			throw new IOException("scontrol: " + c.stderr().strip()); //$NON-NLS-1$
		}
		// Slurm has purged the job (MinJobAge): the batch script's own record of its exit code decides.
		try {
			int code = Integer.parseInt(Files.readString(a.exitFile()).strip());
			return new Poll(null, code == 0 ? SlurmStates.COMPLETED : "FAILED", code, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException | NumberFormatException e) {
			return new Poll(null, FORGOTTEN, -1, "", NLS.bind(Messages.Place_forgotten, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					new Object[] { slurmId, a.exitFile(), a.error() }));
		}
	}

	private static Optional<SqueueLine> parse(String output) throws IOException {
		try {
			return SqueueLine.parse(output);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage());
		}
	}

	private static boolean unknownJob(String stderr) {
		return stderr.contains("Invalid job id"); //$NON-NLS-1$
	}

	/** Cancels the Slurm job and waits until Slurm no longer runs it (its processes have been signalled). */
	private void cancel(String slurmId, Attempt a) throws InterruptedException {
		cancelQuietly(slurmId);
		Instant until = Instant.now().plus(CANCEL_WAIT);
		while (Instant.now().isBefore(until)) {
			try {
				if (poll(slurmId, a).active() == null) {
					return;
				}
			} catch (IOException e) {
				// ask again
			}
			Thread.sleep(500);
		}
	}

	private void cancelQuietly(String slurmId) {
		try {
			commands.run("scancel", List.of(slurmId)); //$NON-NLS-1$
		} catch (IOException e) {
			// the job ends at its time limit, if Slurm is reachable again by then
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Keeps the batch script's output beside the local attempt folder, whatever the outcome. */
	private static void keepSlurmLog(String slurmId, Attempt a, Path attemptFolder) {
		try {
			Files.createDirectories(attemptFolder.getParent());
			StringBuilder log = new StringBuilder();
			log.append("# Slurm job ").append(slurmId).append(", ").append(a.script()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
			log.append("# standard output (").append(a.output()).append(")\n"); //$NON-NLS-1$ //$NON-NLS-2$
			log.append(read(a.output()));
			log.append("\n# standard error (").append(a.error()).append(")\n"); //$NON-NLS-1$ //$NON-NLS-2$
			log.append(read(a.error()));
			Files.writeString(slurmLog(attemptFolder), log, StandardCharsets.UTF_8);
		} catch (IOException e) {
			// the shared folder still has them
		}
	}

	/** @return where the output of the Slurm job of an attempt is kept: beside its folder */
	public static Path slurmLog(Path attemptFolder) {
		return attemptFolder.resolveSibling(attemptFolder.getFileName() + ".slurm.log"); //$NON-NLS-1$
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private Path copyBack(String slurmId, Attempt a, Path attemptFolder) throws CoreException {
		if (!Files.isRegularFile(a.runDirectory().resolve(RunDirectory.SUMMARY))) {
			throw RunStatus.failure(NLS.bind(Messages.Place_noResults, new Object[] { slurmId, a.runDirectory(),
					RunDirectory.SUMMARY, settings.launcher(), slurmLog(attemptFolder) }), null);
		}
		try {
			Folders.copy(a.runDirectory(), attemptFolder);
		} catch (IOException e) {
			throw RunStatus.environment(NLS.bind(Messages.Place_cannotCopyBack,
					new Object[] { slurmId, a.runDirectory(), attemptFolder, e.getMessage() }), e);
		}
		try {
			Folders.delete(a.jobFolder());
		} catch (IOException e) {
			// results are back; a leftover shared copy only takes space
		}
		return attemptFolder;
	}

	private CoreException failure(String slurmId, Ending ending, Poll end, String nodes, Attempt a, Path attemptFolder) {
		Path from = Folders.tail(a.error(), 1).isBlank() ? a.output() : a.error();
		String log = Folders.tail(from, LOG_LINES);
		String errors = log.isBlank() ? NLS.bind(Messages.Place_noErrorOutput, slurmLog(attemptFolder))
				: Folders.tail(from, MESSAGE_LINES);
		copyPartialResults(a, attemptFolder);
		try {
			// the node's own words, for the job's log (JobLogs reads solver.log of the attempt)
			Files.createDirectories(attemptFolder);
			Path solverLog = attemptFolder.resolve(JobLogs.SOLVER_LOG);
			if (!Files.exists(solverLog)) {
				Files.writeString(solverLog, (log.isBlank() ? errors : log) + '\n', StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			// the message below still carries it
		}
		switch (ending) {
		case LOST:
			return RunStatus.environment(NLS.bind(Messages.Place_lost,
					new Object[] { slurmId, nodes, end.state(), end.reason(), errors }), null);
		case TIME_LIMIT:
			return RunStatus.failure(NLS.bind(Messages.Place_timeLimit, new Object[] { slurmId, end.state(), nodes, errors }), null);
		default:
			String message = NLS.bind(Messages.Place_failed, new Object[] { slurmId, nodes, end.state(), end.exitCode(), errors });
			// job-attempt exits 2 when the study is invalid: retrying would not help
			return end.exitCode() == NodeProgress.INVALID_INPUT_EXIT ? RunStatus.invalid(message)
					: RunStatus.failure(message, null);
		}
	}

	/** Copies the partial results a failed run kept on the node ({@code attempt-N.failed-…}) beside the local attempt. */
	private static void copyPartialResults(Attempt a, Path attemptFolder) {
		String prefix = a.runDirectory().getFileName() + "."; //$NON-NLS-1$
		try (DirectoryStream<Path> kept = Files.newDirectoryStream(a.jobFolder(),
				p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(prefix))) {
			for (Path folder : kept) {
				Folders.copy(folder, attemptFolder.resolveSibling(folder.getFileName().toString()));
			}
		} catch (IOException e) {
			// they stay in the shared folder
		}
	}
}
