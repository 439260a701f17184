package org.laserdamage.jobs.slurm.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code scontrol show job ID} says of a job: its {@code Key=Value}
 * fields, which Slurm keeps for {@code MinJobAge} seconds after the job ended.
 *
 * @param fields every field, e.g. JobState=FAILED, Reason=NonZeroExitCode, ExitCode=3:0, NodeList=n1
 */
public record ScontrolJob(Map<String, String> fields) {

	/** A field: a key (letters, digits and {@code _:/.}) and its value up to the next blank. */
	private static final Pattern FIELD = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z0-9_:/.]*)=(\\S*)"); //$NON-NLS-1$

	public ScontrolJob {
		fields = Map.copyOf(fields);
	}

	/**
	 * @throws IllegalArgumentException when the output has no JobId and JobState (not a job's description)
	 */
	public static ScontrolJob parse(String output) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = FIELD.matcher(output);
		while (m.find()) {
			fields.putIfAbsent(m.group(1), m.group(2));
		}
		if (!fields.containsKey("JobId") || !fields.containsKey("JobState")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("not the output of scontrol show job: " + output.strip()); //$NON-NLS-1$
		}
		return new ScontrolJob(fields);
	}

	public String get(String key) {
		return fields.getOrDefault(key, ""); //$NON-NLS-1$
	}

	public String jobId() {
		return get("JobId"); //$NON-NLS-1$
	}

	public String state() {
		return get("JobState"); //$NON-NLS-1$
	}

	public String reason() {
		return get("Reason"); //$NON-NLS-1$
	}

	/** @return the nodes it ran on, "(null)" or empty when it never ran */
	public String nodes() {
		return get("NodeList"); //$NON-NLS-1$
	}

	/** @return the batch script's exit code, the part of {@code ExitCode=code:signal} before the colon */
	public int exitCode() {
		return part(0);
	}

	/** @return the signal that ended the batch script, 0 when none */
	public int signal() {
		return part(1);
	}

	private int part(int index) {
		String[] parts = get("ExitCode").split(":"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return index < parts.length ? Integer.parseInt(parts[index]) : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
