package org.laserdamage.jobs.slurm.internal;

import java.util.Optional;

/**
 * One line of {@code squeue -h -j ID -o }{@value #FORMAT}: a job Slurm still
 * holds as pending, running or finishing. The reason comes last because it may
 * contain spaces ({@code ReqNodeNotAvail, UnavailableNodes:n1}).
 *
 * @param jobId  the Slurm job id
 * @param state  the long state name, e.g. PENDING, RUNNING, COMPLETING
 * @param nodes  the nodes it runs on, empty while pending
 * @param reason why it is pending (Priority, Resources, Licenses, BeginTime, JobHeldUser), "None" otherwise
 */
public record SqueueLine(String jobId, String state, String nodes, String reason) {

	/** The output format asked of squeue. */
	public static final String FORMAT = "%i|%T|%N|%r"; //$NON-NLS-1$

	/**
	 * @param output what squeue printed for one job
	 * @return the job's line, empty when squeue printed none (the job has left the queue)
	 * @throws IllegalArgumentException when the output is not in {@value #FORMAT}
	 */
	public static Optional<SqueueLine> parse(String output) {
		for (String line : output.split("\\R")) { //$NON-NLS-1$
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.strip().split("\\|", 4); //$NON-NLS-1$
			if (fields.length < 4 || fields[0].isEmpty() || fields[1].isEmpty()) {
				throw new IllegalArgumentException("not a line of squeue -o " + FORMAT + ": " + line); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return Optional.of(new SqueueLine(fields[0], fields[1], fields[2], fields[3].strip()));
		}
		return Optional.empty();
	}

	public boolean isPending() {
		return SlurmStates.PENDING.equals(state);
	}
}
