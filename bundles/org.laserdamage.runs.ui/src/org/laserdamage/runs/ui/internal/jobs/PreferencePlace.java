package org.laserdamage.runs.ui.internal.jobs;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.IPlace;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.PlaceRegistry.PlaceDescriptor;

/**
 * A contributed place made from the current preferences: it is created when
 * the first job goes there and made again when the settings changed, so a
 * changed setting (more local slots, another partition) applies to the jobs
 * that start after it, while a running job finishes with the place it started
 * on. A place that its settings do not allow (a missing Slurm partition) fails
 * the job that goes there with its factory's message, which names the setting.
 */
final class PreferencePlace implements IPlace {

	private final PlaceDescriptor descriptor;
	private final Supplier<JobSettings> settings;
	private final Map<String, IPlace> reservedOn = new ConcurrentHashMap<>();
	private IPlace current;
	private Map<String, String> currentValues;
	private CoreException refusal;

	PreferencePlace(PlaceDescriptor descriptor, Supplier<JobSettings> settings) {
		this.descriptor = descriptor;
		this.settings = settings;
	}

	@Override
	public String id() {
		return descriptor.id();
	}

	/** @return the place for the settings of now, or null when they do not allow one ({@link #refusal} says why) */
	private synchronized IPlace place() {
		Map<String, String> values = JobPreferences.placeSettings();
		if (current == null && refusal == null || !values.equals(currentValues)) {
			currentValues = values;
			try {
				current = descriptor.create(settings.get());
				refusal = null;
			} catch (CoreException e) {
				current = null;
				refusal = e;
			}
		}
		return current;
	}

	@Override
	public Optional<String> reserve(Job job) {
		IPlace place = place();
		if (place == null) {
			return Optional.empty(); // run() fails the job with the reason
		}
		Optional<String> waiting = place.reserve(job);
		if (waiting.isEmpty()) {
			reservedOn.put(job.id(), place);
		}
		return waiting;
	}

	@Override
	public void release(Job job) {
		IPlace place = reservedOn.remove(job.id());
		if (place != null) {
			place.release(job);
		}
	}

	@Override
	public Path run(Job job, IJobStore store, Path attemptFolder, IProgressMonitor monitor) throws CoreException {
		IPlace place = reservedOn.get(job.id());
		if (place == null) {
			CoreException why;
			synchronized (this) {
				why = refusal;
			}
			if (why != null) {
				throw why;
			}
			throw new IllegalStateException("no reservation for " + job.id()); //$NON-NLS-1$
		}
		return place.run(job, store, attemptFolder, monitor);
	}
}
