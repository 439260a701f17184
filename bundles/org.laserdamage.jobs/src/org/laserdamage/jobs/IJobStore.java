package org.laserdamage.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Study;

/**
 * Where jobs live so that they outlive the process that submitted them.
 * Every job has a folder with its frozen inputs ({@value #STUDY_FILE},
 * {@value #MATERIALS_FILE}) and one folder per attempt, so a retried job
 * never mixes two attempts' files.
 */
public interface IJobStore {

	/** The frozen study in a job's folder. */
	String STUDY_FILE = "study.ldsim"; //$NON-NLS-1$
	/** The frozen material versions in a job's folder. */
	String MATERIALS_FILE = "materials.json"; //$NON-NLS-1$

	/**
	 * Freezes a copy of {@code study} (with {@code spec}'s solver) and the
	 * exact {@code materials} it uses, and stores the job as
	 * {@link org.laserdamage.core.RunState#QUEUED}.
	 */
	Job create(Study study, List<Material> materials, JobSpec spec) throws CoreException;

	Optional<Job> find(String id) throws CoreException;

	/** @return every job, newest first */
	List<Job> list() throws CoreException;

	/**
	 * Replaces a job with {@code change} applied to its stored state, atomically
	 * against other writers (other threads and processes). A job in a final state
	 * is never changed again.
	 *
	 * @return the job as stored after the change
	 */
	Job update(String id, UnaryOperator<Job> change) throws CoreException;

	/** @return the folder of attempt {@code attempt} (1, 2, …) of the job */
	Path attemptFolder(String id, int attempt);

	/** @return the study frozen when the job was submitted */
	Study study(String id) throws CoreException;

	/** @return the material versions frozen when the job was submitted */
	IMaterialLibrary materials(String id) throws CoreException;

	/** Asks the process that runs the job to cancel it (works from any process). */
	void requestCancel(String id) throws CoreException;

	/** @return whether someone asked to cancel the job */
	boolean isCancelRequested(String id);
}
