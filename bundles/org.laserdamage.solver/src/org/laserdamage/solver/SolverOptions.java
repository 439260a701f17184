package org.laserdamage.solver;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The options a user chose for one solver of one run, as text keyed by the
 * option names the solver documents (e.g. {@code executable} of CalculiX,
 * {@code root}, {@code licenseServer} and {@code processors} of ANSYS). They
 * come from a launch configuration, the preferences, the command line or a
 * job, and are frozen with the job; a solver reads them in
 * {@link IConfigurableSolver#configure(SolverOptions)}.
 */
public record SolverOptions(Map<String, String> values) {

	/** No options: every solver's defaults. */
	public static final SolverOptions NONE = new SolverOptions(Map.of());

	public SolverOptions {
		values = Map.copyOf(new TreeMap<>(values));
	}

	/** @return the option's value, or empty when it is not set or blank */
	public Optional<String> get(String key) {
		String value = values.get(key);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/** @return these options with {@code key} set to {@code value} */
	public SolverOptions with(String key, String value) {
		Map<String, String> next = new TreeMap<>(values);
		next.put(key, value);
		return new SolverOptions(next);
	}
}
