package org.laserdamage.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStatus;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.solver.ISolver;
import org.laserdamage.solver.ISolverGate;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverRegistry;

/**
 * Runs jobs in this process, at most a number of them at once (a slot
 * each); solvers that start external programs do so from here.
 */
public final class LocalPlace implements IPlace {

	/** The id of this place. */
	public static final String ID = "local"; //$NON-NLS-1$

	/** The setting of how many jobs may run at once here. */
	public static final String SLOTS = "local.slots"; //$NON-NLS-1$
	/** Slots when {@value #SLOTS} is not set: one job per two processors, at least one. */
	public static final int DEFAULT_SLOTS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

	/** Creates the local place with the slots of {@value #SLOTS}. */
	public static final class Factory implements IPlaceFactory {
		@Override
		public IPlace create(JobSettings settings) throws CoreException {
			Optional<String> value = settings.get(SLOTS);
			if (value.isEmpty()) {
				return new LocalPlace(DEFAULT_SLOTS);
			}
			try {
				int slots = Integer.parseInt(value.get());
				if (slots >= 1 && slots <= 64) {
					return new LocalPlace(slots);
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw RunStatus.invalid(NLS.bind(Messages.Local_badSlots, value.get()));
		}
	}

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
	public Optional<String> reserve(Job job) {
		synchronized (this) {
			if (running >= slots) {
				return Optional.of(NLS.bind(Messages.Local_waitingForSlot, running, slots));
			}
		}
		// asked without the lock: a licence server may take seconds to answer, and an
		// attempt that ends must be able to give its slot back meanwhile
		Optional<String> gate = gate(job);
		if (gate.isPresent()) {
			return gate;
		}
		synchronized (this) {
			if (running >= slots) {
				return Optional.of(NLS.bind(Messages.Local_waitingForSlot, running, slots));
			}
			running++;
			return Optional.empty();
		}
	}

	/**
	 * @return what the job's solver still needs before it can start (a licence), see
	 *         {@link ISolverGate}; empty when it needs nothing, or when it cannot even
	 *         be created (the attempt then fails saying why)
	 */
	static Optional<String> gate(Job job) {
		try {
			SolverOptions options = options(job);
			ISolver solver = SolverRegistry.create(job.spec().solverId(), options);
			return solver instanceof ISolverGate g ? g.whyNotNow(options) : Optional.empty();
		} catch (CoreException e) {
			return Optional.empty();
		}
	}

	/** @return the solver options the job was submitted with */
	public static SolverOptions options(Job job) {
		return new SolverOptions(job.spec().solverOptions());
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
		return new RunStudyOperation(study, null, attemptFolder, materials, warnings, options(job)).execute(monitor)
				.runDirectory();
	}
}
