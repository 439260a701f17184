package org.laserdamage.jobs;

import java.time.Duration;
import java.util.Map;

/**
 * What to run and where, as a user chose it.
 *
 * @param solverId      the solver (overrides the study's {@code solver.solverId})
 * @param solverOptions options of that solver, e.g. an executable's path
 * @param place         where it runs: {@link LocalPlace#ID} or another {@link IPlace}'s id
 * @param timeout       how long one attempt may run; {@link Duration#ZERO} for no limit
 * @param maxAttempts   attempts for failures that are not the study's fault (1: no retry)
 */
public record JobSpec(String solverId, Map<String, String> solverOptions, String place, Duration timeout,
		int maxAttempts) {

	public JobSpec {
		solverOptions = Map.copyOf(solverOptions);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be 1 or more: " + maxAttempts); //$NON-NLS-1$
		}
		if (timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must not be negative: " + timeout); //$NON-NLS-1$
		}
	}

	/** @return a local run of {@code solverId} with no timeout and one attempt */
	public static JobSpec local(String solverId) {
		return new JobSpec(solverId, Map.of(), LocalPlace.ID, Duration.ZERO, 1);
	}

	public JobSpec withTimeout(Duration limit) {
		return new JobSpec(solverId, solverOptions, place, limit, maxAttempts);
	}

	public JobSpec withMaxAttempts(int attempts) {
		return new JobSpec(solverId, solverOptions, place, timeout, attempts);
	}

	public JobSpec withPlace(String placeId) {
		return new JobSpec(solverId, solverOptions, placeId, timeout, maxAttempts);
	}
}
