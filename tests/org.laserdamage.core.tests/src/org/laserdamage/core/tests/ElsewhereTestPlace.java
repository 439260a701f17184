package org.laserdamage.core.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.IPlaceFactory;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.LocalPlace;

/**
 * A place that stands for somewhere else (a cluster): it answers
 * {@link #reserve} with the reasons a test queued, one per call, then runs
 * the attempt into the job's attempt folder as a node would, so that the
 * command has to publish that folder to {@code --out}.
 */
public final class ElsewhereTestPlace implements IPlace {

	/** The id in plugin.xml. */
	static final String ID = "test-elsewhere"; //$NON-NLS-1$

	/** Reasons to wait with, taken one per {@link #reserve}; empty: reserve succeeds. */
	static final List<String> REASONS = new CopyOnWriteArrayList<>();

	/** Creates the place; needs no settings. */
	public static final class Factory implements IPlaceFactory {
		@Override
		public IPlace create(JobSettings settings) {
			return new ElsewhereTestPlace();
		}
	}

	private final LocalPlace node = new LocalPlace(1);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Optional<String> reserve(Job job) {
		return REASONS.isEmpty() ? Optional.empty() : Optional.of(REASONS.remove(0));
	}

	@Override
	public void release(Job job) {
		// nothing reserved
	}

	@Override
	public Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
		return node.run(job, store, attemptFolder, monitor);
	}
}
