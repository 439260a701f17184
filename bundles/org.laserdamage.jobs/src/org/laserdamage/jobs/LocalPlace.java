package org.laserdamage.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;

/**
 * Runs jobs in this process, at most a number of them at once (a slot
 * each); solvers that start external programs do so from here.
 */
public final class LocalPlace implements IPlace {

	/** The id of this place. */
	public static final String ID = "local"; //$NON-NLS-1$

	private final int slots;
	private int running;

	/** @param slots how many jobs may run at once, 1 or more */
	public LocalPlace(int slots) {
		if (slots < 1) {
			throw new IllegalArgumentException("slots must be 1 or more: " + slots); //$NON-NLS-1$
		}
		this.slots = slots;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public synchronized Optional<String> reserve(Job job) {
		if (running >= slots) {
			return Optional.of(NLS.bind(Messages.Local_waitingForSlot, running, slots));
		}
		running++;
		return Optional.empty();
	}

	@Override
	public synchronized void release(Job job) {
		running = Math.max(0, running - 1);
	}

	@Override
	public Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
		Study study = store.study(job.id());
		IMaterialLibrary materials = store.materials(job.id());
		List<String> warnings = StudyPreparation.check(study, null, materials);
		return new RunStudyOperation(study, null, attemptFolder, materials, warnings).execute(monitor).runDirectory();
	}
}
