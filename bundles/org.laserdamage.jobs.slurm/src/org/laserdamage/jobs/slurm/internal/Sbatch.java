package org.laserdamage.jobs.slurm.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code sbatch} command line of one attempt, and what sbatch answers. */
public final class Sbatch {

	private static final Pattern JOB_ID = Pattern.compile("\\d+(_\\d+)?"); //$NON-NLS-1$

	/**
	 * What to submit.
	 *
	 * @param script    the batch script
	 * @param jobName   Slurm's name of the job
	 * @param folder    the working folder on the node
	 * @param output    the batch script's standard output
	 * @param error     its standard error
	 * @param partition the partition, or empty for the cluster's default
	 * @param account   the account, or empty
	 * @param licenses  the licences to request ({@code ansys:1}), or empty
	 * @param timeLimit the time limit, {@link Duration#ZERO} for the partition's
	 */
	public record Request(Path script, String jobName, Path folder, Path output, Path error, String partition,
			String account, String licenses, Duration timeLimit) {
	}

	private Sbatch() {
	}

	/**
	 * @return the arguments after the sbatch executable. Slurm does not requeue the job
	 *         itself ({@code --no-requeue}): a job whose node died may still run there,
	 *         so the next attempt runs in a folder of its own, started by the job model.
	 */
	public static List<String> arguments(Request r) {
		List<String> args = new ArrayList<>();
		args.add("--parsable"); //$NON-NLS-1$
		args.add("--no-requeue"); //$NON-NLS-1$
		args.add("--job-name=" + r.jobName()); //$NON-NLS-1$
		args.add("--chdir=" + r.folder()); //$NON-NLS-1$
		args.add("--output=" + r.output()); //$NON-NLS-1$
		args.add("--error=" + r.error()); //$NON-NLS-1$
		if (!r.partition().isEmpty()) {
			args.add("--partition=" + r.partition()); //$NON-NLS-1$
		}
		if (!r.account().isEmpty()) {
			args.add("--account=" + r.account()); //$NON-NLS-1$
		}
		if (!r.licenses().isEmpty()) {
			args.add("--licenses=" + r.licenses()); //$NON-NLS-1$
		}
		if (!r.timeLimit().isZero()) {
			args.add("--time=" + minutes(r.timeLimit())); //$NON-NLS-1$
		}
		args.add(r.script().toString());
		return args;
	}

	/** @return whole minutes, rounded up, at least one (Slurm's {@code --time=M}) */
	static long minutes(Duration limit) {
		return Math.max(1, (limit.toSeconds() + 59) / 60);
	}

	/**
	 * @param output what {@code sbatch --parsable} printed: {@code ID} or {@code ID;cluster}
	 * @return the job id
	 * @throws IllegalArgumentException when it printed no job id
	 */
	public static String jobId(String output) {
		String line = output.strip();
		int end = line.indexOf('\n');
		line = (end < 0 ? line : line.substring(0, end)).strip();
		int semicolon = line.indexOf(';');
		String id = semicolon < 0 ? line : line.substring(0, semicolon);
		if (!JOB_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("sbatch --parsable printed no job id: " + output.strip()); //$NON-NLS-1$
		}
		return id;
	}

	/**
	 * @param stderr what a failed sbatch printed
	 * @return whether Slurm refused the request itself (a partition, account or licence that
	 *         does not exist), which another attempt would not change, rather than being
	 *         unreachable
	 */
	public static boolean isRefusal(String stderr) {
		return stderr.contains("Batch job submission failed: Invalid") //$NON-NLS-1$
				|| stderr.contains("invalid partition") || stderr.contains("Invalid account") //$NON-NLS-1$ //$NON-NLS-2$
				|| stderr.contains("Invalid license") || stderr.contains("unrecognized option") //$NON-NLS-1$ //$NON-NLS-2$
				|| stderr.contains("invalid option"); //$NON-NLS-1$
	}
}
