package org.laserdamage.headless;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * Where the command line keeps its jobs: {@code <data>/jobs} (the data folder of
 * {@link MaterialStores#dataDirectory()}), or the folder of the setting
 * {@value #FOLDER} ({@code -Dlaserdamage.jobs.folder}, {@code LASERDAMAGE_JOBS_FOLDER}),
 * e.g. a folder a cluster's nodes share.
 */
final class JobStores {

	/** The setting that moves the job list. */
	static final String FOLDER = "jobs.folder"; //$NON-NLS-1$

	private JobStores() {
	}

	/** @return the job list of this user */
	static FileJobStore open() throws CoreException {
		return new FileJobStore(folder());
	}

	static Path folder() throws CoreException {
		var configured = JobSettings.of(Map.of()).get(FOLDER);
		if (configured.isPresent()) {
			return Path.of(configured.get()).toAbsolutePath().normalize();
		}
		try {
			return MaterialStores.dataDirectory().resolve("jobs"); //$NON-NLS-1$
		} catch (MaterialStoreException e) {
			throw RunStatus.failure(e.getMessage(), e);
		}
	}
}
