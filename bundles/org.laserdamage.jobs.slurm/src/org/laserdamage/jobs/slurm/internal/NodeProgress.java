package org.laserdamage.jobs.slurm.internal;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress the node reports: {@code laserdamage job-attempt} writes
 * plain {@code <task>: 40%} lines to its standard output (the batch job's
 * output file) when that is not a terminal.
 */
public final class NodeProgress {

	private static final Pattern PERCENT = Pattern.compile(": (\\d{1,3})%\\s*$"); //$NON-NLS-1$

	/** What job-attempt exits with for invalid input (the study's fault), as {@code laserdamage run} does. */
	public static final int INVALID_INPUT_EXIT = 2;

	private NodeProgress() {
	}

	/** @return the last percentage in {@code output}, 0 to 100; empty when there is none */
	public static OptionalInt percent(String output) {
		String[] lines = output.split("\\R"); //$NON-NLS-1$
		for (int i = lines.length - 1; i >= 0; i--) {
			Matcher m = PERCENT.matcher(lines[i]);
			if (m.find()) {
				return OptionalInt.of(Math.min(100, Integer.parseInt(m.group(1))));
			}
		}
		return OptionalInt.empty();
	}
}
