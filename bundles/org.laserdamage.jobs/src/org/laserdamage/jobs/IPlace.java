package org.laserdamage.jobs;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where a job runs: this process's local slots, a cluster, a server. A place
 * reserves what one attempt needs (a slot, a licence) before the attempt
 * starts, and runs it.
 */
public interface IPlace {

	/** @return the id jobs name in {@link JobSpec#place()}, e.g. {@value LocalPlace#ID} */
	String id();

	/**
	 * Reserves what one attempt of {@code job} needs.
	 *
	 * @return why it cannot start now, in words a user can act on ("waiting for a free
	 *         local slot: 2 of 2 running"); empty when the reservation was made, and
	 *         {@link #release(Job)} is then owed
	 */
	Optional<String> reserve(Job job);

	/** Gives back what {@link #reserve(Job)} took. */
	void release(Job job);

	/**
	 * Runs one attempt and writes its run directory into {@code attemptFolder}.
	 * Blocks until the attempt ends; a cancelled monitor stops it (and every
	 * process it started) and ends it with
	 * {@link org.eclipse.core.runtime.OperationCanceledException}. What the attempt
	 * waits for once started (a cluster's queue: "Slurm: Priority") goes to
	 * {@link IProgressMonitor#subTask(String)}; the job runner shows it as the
	 * running job's reason.
	 *
	 * @param store holds the job's frozen study and materials
	 * @return the run directory the attempt published
	 * @throws CoreException whose status says whose fault it is:
	 *                       {@link org.laserdamage.core.RunStatus#INVALID_INPUT} (the study's, never
	 *                       retried), {@link org.laserdamage.core.RunStatus#ENVIRONMENT_FAILURE} (not
	 *                       the study's: a licence that vanished, a node that died; retried), or
	 *                       {@link org.laserdamage.core.RunStatus#SOLVER_FAILURE}
	 */
	Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException;
}
