package org.laserdamage.jobs.slurm.internal;

import java.nio.file.Path;

/**
 * The batch script of one attempt: it runs {@code <launcher> job-attempt
 * --job-folder <folder> --attempt N} on the node and writes its exit code to
 * a file beside the attempt, so the outcome is known even after Slurm has
 * forgotten the job.
 */
public final class BatchScript {

	private BatchScript() {
	}

	/**
	 * @param launcher  the laserdamage launcher on the node
	 * @param jobFolder the job's folder in the shared folder
	 * @param attempt   the attempt number
	 * @param exitFile  where the exit code goes
	 * @param comment   a line saying what this is, for someone who finds the script
	 */
	public static String text(Path launcher, Path jobFolder, int attempt, Path exitFile, String comment) {
		return "#!/bin/sh\n" //$NON-NLS-1$
				+ "# " + comment.replace('\n', ' ') + '\n' //$NON-NLS-1$
				+ quote(launcher.toString()) + " job-attempt --job-folder " + quote(jobFolder.toString()) //$NON-NLS-1$
				+ " --attempt " + attempt + '\n' //$NON-NLS-1$
				+ "status=$?\n" //$NON-NLS-1$
				+ "echo \"$status\" > " + quote(exitFile.toString()) + '\n' //$NON-NLS-1$
				+ "exit \"$status\"\n"; //$NON-NLS-1$
	}

	/** @return {@code text} as one single-quoted shell word */
	static String quote(String text) {
		return '\'' + text.replace("'", "'\\''") + '\''; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
