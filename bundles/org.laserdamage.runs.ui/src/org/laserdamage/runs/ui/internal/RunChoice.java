package org.laserdamage.runs.ui.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.runs.ui.internal.jobs.JobPreferences;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * How a user asked to run a study: from Run Study (the study's solver, on this
 * computer, the preferences' options) or from a launch configuration (any of
 * these chosen).
 *
 * @param solverId      the solver, or empty for the study's own
 * @param solverOptions options over the preferences' options of that solver
 * @param place         where it runs
 * @param timeout       of one attempt, {@link Duration#ZERO} for none
 * @param attempts      for failures that are not the study's fault
 */
public record RunChoice(String solverId, Map<String, String> solverOptions, String place, Duration timeout,
		int attempts) {

	public RunChoice {
		solverId = solverId == null ? "" : solverId.strip(); //$NON-NLS-1$
		solverOptions = Map.copyOf(solverOptions);
	}

	/** @return the study's solver on this computer, no timeout, one attempt */
	public static RunChoice defaults() {
		return new RunChoice("", Map.of(), LocalPlace.ID, Duration.ZERO, 1); //$NON-NLS-1$
	}

	/** @return the job's spec for a study whose own solver is {@code studySolver} */
	public JobSpec spec(String studySolver) {
		String solver = !solverId.isEmpty() ? solverId
				: studySolver == null || studySolver.isBlank() ? WorkbenchPreferences.defaultSolver() : studySolver;
		Map<String, String> options = new LinkedHashMap<>(JobPreferences.solverOptions(solver));
		solverOptions.forEach((k, v) -> {
			if (v == null || v.isBlank()) {
				options.remove(k);
			} else {
				options.put(k, v.strip());
			}
		});
		return new JobSpec(solver, options, place, timeout, attempts);
	}
}
