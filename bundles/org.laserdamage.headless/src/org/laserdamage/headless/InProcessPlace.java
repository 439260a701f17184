package org.laserdamage.headless;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobLogs;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;

/**
 * The local place as {@code laserdamage run} uses it: slots and solver gates
 * (licences) are those of the {@link LocalPlace} the place registry created,
 * but the attempt runs the job's frozen study and materials in this process
 * straight into the run's {@code --out}, with the study file named as it was
 * given. So a run through the job model keeps every guarantee of a run
 * before it: the staging folder {@code <out>.incomplete-…} with its
 * {@link org.laserdamage.core.RunMarker} (found by {@code laserdamage cleanup}
 * when the process is killed), {@code .failed-…}/{@code .cancelled-…} for
 * runs that did not succeed, {@code .previous-…} for what {@code --out} held,
 * and a {@code summary.json} that names the study file.
 * <p>
 * The job's result is {@code --out}. The attempt folder of an attempt that
 * did not succeed is a link to the {@code .failed-…}/{@code .cancelled-…}
 * folder that kept its partial results (so the runner's "the partial
 * results of attempt N are kept" and {@code laserdamage jobs log} find them
 * in the job's folder); where links cannot be made, the solver's log is
 * copied there instead. The runner of one command runs only the job that
 * command submitted, so this place serves exactly one job.
 */
final class InProcessPlace implements IPlace {

	private final IPlace local;
	private final Path outDir;
	private final Path studyFile;
	private final IProgressMonitor console;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final AtomicReference<Object> ending = new AtomicReference<>();

	/**
	 * @param local     the local place (slots, gates) from the place registry
	 * @param outDir    the checked output folder of the run
	 * @param studyFile the study file as the user named it
	 * @param console   shows the progress of the attempt
	 */
	InProcessPlace(IPlace local, Path outDir, Path studyFile, IProgressMonitor console) {
		this.local = local;
		this.outDir = outDir;
		this.studyFile = studyFile;
		this.console = console;
	}

	@Override
	public String id() {
		return local.id();
	}

	@Override
	public Optional<String> reserve(Job job) {
		return local.reserve(job);
	}

	@Override
	public void release(Job job) {
		local.release(job);
	}

	/** Stops the attempt at its next step even before the runner knows it runs (a signal during its start). */
	void cancel() {
		cancelled.set(true);
	}

	/**
	 * @return how the last attempt ended: its {@link RunStudyOperation.Outcome}, or the
	 *         {@link CoreException}, {@link OperationCanceledException} or other throwable
	 *         that ended it; empty when no attempt ran
	 */
	Optional<Object> ending() {
		return Optional.ofNullable(ending.get());
	}

	@Override
	public Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
		Instant began = Instant.now();
		try {
			Study study = store.study(job.id());
			IMaterialLibrary materials = store.materials(job.id());
			List<String> warnings = StudyPreparation.check(study, studyFile, materials);
			RunStudyOperation.Outcome outcome = new RunStudyOperation(study, studyFile, outDir, materials, warnings,
					LocalPlace.options(job)).execute(new Tee(monitor));
			ending.set(outcome);
			return outcome.runDirectory();
		} catch (CoreException | RuntimeException | Error e) {
			ending.set(e);
			linkPartialResults(began, attemptFolder);
			throw e;
		}
	}

	/** Makes the attempt folder point at where the run that just ended kept its partial results. */
	private void linkPartialResults(Instant began, Path attemptFolder) {
		String name = outDir.getFileName().toString();
		try (DirectoryStream<Path> kept = Files.newDirectoryStream(outDir.getParent(),
				p -> p.getFileName().toString().startsWith(name + ".failed-") //$NON-NLS-1$
						|| p.getFileName().toString().startsWith(name + ".cancelled-"))) { //$NON-NLS-1$
			for (Path folder : kept) {
				if (Files.getLastModifiedTime(folder).toInstant().isBefore(began.minusSeconds(2))) {
					continue; // an earlier run's
				}
				Files.createDirectories(attemptFolder.getParent());
				try {
					Files.createSymbolicLink(attemptFolder, folder);
				} catch (IOException | UnsupportedOperationException e) {
					Path log = folder.resolve(JobLogs.SOLVER_LOG);
					if (Files.isRegularFile(log)) {
						Files.createDirectories(attemptFolder);
						Files.copy(log, attemptFolder.resolve(JobLogs.SOLVER_LOG), StandardCopyOption.REPLACE_EXISTING);
					}
				}
				return;
			}
		} catch (IOException e) {
			// the job then has no log excerpt; the run's own message still names the kept folder
		}
	}

	/** The runner's monitor (progress into the job, cancel and timeout) that also shows progress on the console. */
	private final class Tee extends ProgressMonitorWrapper {

		Tee(IProgressMonitor runner) {
			super(runner);
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			console.beginTask(name, totalWork);
		}

		@Override
		public void setTaskName(String name) {
			super.setTaskName(name);
			console.setTaskName(name);
		}

		@Override
		public void internalWorked(double work) {
			super.internalWorked(work);
			console.internalWorked(work);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void done() {
			super.done();
			console.done();
		}

		@Override
		public boolean isCanceled() {
			return cancelled.get() || super.isCanceled();
		}
	}
}
