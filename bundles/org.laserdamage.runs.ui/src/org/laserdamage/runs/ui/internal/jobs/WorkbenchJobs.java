package org.laserdamage.runs.ui.internal.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.runs.ui.internal.Messages;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The job runner of this workbench: one {@link JobRunner} over a
 * {@link FileJobStore} in {@code <data folder>/jobs}, the folder the command
 * line uses too (so {@code laserdamage jobs list} and the Jobs view show the
 * same jobs), with every contributed place made from the preferences. It is
 * started when it is first needed, which adopts the jobs of processes that
 * died (a job that was running then becomes FAILED with that reason), and
 * closed when the workbench shuts down.
 */
public final class WorkbenchJobs {

	/** The folder of the jobs below the data folder. */
	public static final String JOBS_FOLDER = "jobs"; //$NON-NLS-1$
	/** The workspace path of the study file a job was submitted from, kept in the job's folder. */
	private static final String ORIGIN_FILE = "workbench-study.txt"; //$NON-NLS-1$

	private static final List<Consumer<org.laserdamage.jobs.Job>> LISTENERS = new CopyOnWriteArrayList<>();
	private static JobRunner runner;
	private static IWorkbenchListener shutdown;

	private WorkbenchJobs() {
	}

	/**
	 * @return the runner, started on first use
	 * @throws CoreException when the data folder cannot be used (the message names it and the setting)
	 */
	public static synchronized JobRunner runner() throws CoreException {
		if (runner == null) {
			Path root;
			try {
				root = MaterialStores.dataDirectory().resolve(JOBS_FOLDER);
			} catch (MaterialStoreException e) {
				throw RunStatus.failure(e.getMessage(), e);
			}
			List<IPlace> places = PlaceRegistry.places().stream()
					.map(p -> (IPlace) new PreferencePlace(p, WorkbenchJobs::settings)).toList();
			JobRunner started = new JobRunner(new FileJobStore(root), places);
			started.addListener(WorkbenchJobs::notifyListeners);
			started.start();
			runner = started;
			closeOnShutdown();
		}
		return runner;
	}

	/** @return the settings of places and solvers: the preferences, then laserdamage.KEY, then LASERDAMAGE_KEY */
	public static JobSettings settings() {
		return JobSettings.of(JobPreferences.placeSettings());
	}

	/** @return the store of the runner */
	public static FileJobStore store() throws CoreException {
		return (FileJobStore) runner().store();
	}

	/**
	 * Stops the runner: running attempts are cancelled and end CANCELLED with their
	 * partial results; queued jobs stay queued for the next start.
	 */
	public static synchronized void close() {
		if (runner != null) {
			runner.close();
			runner = null;
		}
		if (shutdown != null && PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().removeWorkbenchListener(shutdown);
		}
		shutdown = null;
	}

	/** Work done while this workbench runs no jobs. */
	@FunctionalInterface
	public interface PausedWork<T, E extends Exception> {
		T run() throws E;
	}

	/**
	 * Runs {@code work} with job processing paused (a restore replacing the job list): refused while a job of
	 * the list runs or waits for its place; otherwise the runner is stopped (queued jobs stay queued), the work
	 * runs, and the runner starts again (on the restored list) if it was running.
	 *
	 * @throws CoreException when jobs run (naming them and what to do), or the runner cannot start again
	 */
	public static synchronized <T, E extends Exception> T whilePaused(PausedWork<T, E> work) throws CoreException, E {
		boolean wasRunning = runner != null;
		// started (if it was not), the runner has adopted the jobs of processes that died: what runs, runs
		List<String> active = runner().store().list().stream()
				.filter(j -> j.state() == org.laserdamage.core.RunState.RUNNING
						|| j.state() == org.laserdamage.core.RunState.WAITING)
				.map(org.laserdamage.jobs.Job::id).toList();
		if (!active.isEmpty()) {
			if (!wasRunning) {
				close();
			}
			throw RunStatus.failure(NLS.bind(Messages.WorkbenchJobs_busy, active.size(), String.join(", ", active)), null); //$NON-NLS-1$
		}
		close();
		try {
			return work.run();
		} finally {
			if (wasRunning) {
				runner();
			}
		}
	}

	/**
	 * Tells {@code listener} of every change of a job of the runner (in the thread that
	 * changed it), of this runner and of the next one after a {@link #close()}; starts
	 * the runner.
	 */
	public static void addListener(Consumer<org.laserdamage.jobs.Job> listener) throws CoreException {
		LISTENERS.add(listener);
		runner();
	}

	public static void removeListener(Consumer<org.laserdamage.jobs.Job> listener) {
		LISTENERS.remove(listener);
	}

	private static void notifyListeners(org.laserdamage.jobs.Job job) {
		LISTENERS.forEach(l -> l.accept(job));
	}

	private static void closeOnShutdown() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		shutdown = new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				close();
			}
		};
		PlatformUI.getWorkbench().addWorkbenchListener(shutdown);
	}

	/** Remembers that job {@code id} runs the study {@code file} of the workspace. */
	public static void setOrigin(String id, IFile file) {
		try {
			Files.writeString(store().root().resolve(id).resolve(ORIGIN_FILE), file.getFullPath().toPortableString(),
					StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			ILog.of(WorkbenchJobs.class).warn(NLS.bind("Cannot note the study of job {0}", id), e); //$NON-NLS-1$
		}
	}

	/** @return the workspace study file job {@code id} was submitted from, when it came from this workspace */
	public static Optional<IFile> origin(String id) {
		try {
			Path file = store().root().resolve(id).resolve(ORIGIN_FILE);
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			String path = Files.readString(file, StandardCharsets.UTF_8).strip();
			return Optional.of(ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path)));
		} catch (IOException | CoreException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
