package org.laserdamage.jobs;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the places and solvers of this installation, keyed as
 * {@code <place or solver>.<name>} (e.g. {@code local.slots},
 * {@code slurm.partition}, {@code slurm.sharedFolder}). A value is looked
 * up in the given values first (the workbench's preferences, a launch
 * configuration, the command line), then in the system property
 * {@code laserdamage.<key>}, then in the environment variable
 * {@code LASERDAMAGE_<KEY>} (upper case, dots as underscores: {@code
 * LASERDAMAGE_SLURM_PARTITION}).
 */
public final class JobSettings {

	private final Map<String, String> values;
	private final Function<String, String> properties;
	private final Function<String, String> environment;

	private JobSettings(Map<String, String> values, Function<String, String> properties,
			Function<String, String> environment) {
		this.values = Map.copyOf(values);
		this.properties = properties;
		this.environment = environment;
	}

	/** @return settings from {@code values}, the system properties and the environment */
	public static JobSettings of(Map<String, String> values) {
		return new JobSettings(values, System::getProperty, System::getenv);
	}

	/** @return settings from {@code values} only (tests, and callers that resolved everything) */
	public static JobSettings only(Map<String, String> values) {
		return new JobSettings(values, k -> null, k -> null);
	}

	/** @return the value of {@code key}, or empty when no source sets it to non-blank text */
	public Optional<String> get(String key) {
		for (String value : new String[] { values.get(key), properties.apply("laserdamage." + key), //$NON-NLS-1$
				environment.apply(environmentName(key)) }) {
			if (value != null && !value.isBlank()) {
				return Optional.of(value.strip());
			}
		}
		return Optional.empty();
	}

	/** @return the environment variable that sets {@code key}, e.g. LASERDAMAGE_SLURM_PARTITION */
	public static String environmentName(String key) {
		return "LASERDAMAGE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'); //$NON-NLS-1$
	}
}
