package org.laserdamage.jobs.slurm.internal;

import java.util.Set;

/**
 * Slurm's job states (squeue's {@code %T}, scontrol's {@code JobState}) and
 * what each means for an attempt of a Laser Damage job.
 */
public final class SlurmStates {

	public static final String PENDING = "PENDING"; //$NON-NLS-1$
	public static final String RUNNING = "RUNNING"; //$NON-NLS-1$
	public static final String COMPLETED = "COMPLETED"; //$NON-NLS-1$

	/** How a job that Slurm no longer runs ended, as far as the job model cares. */
	public enum Ending {
		/** It completed with exit code 0. */
		SUCCEEDED,
		/** It ran and failed (non-zero exit, out of memory): the node's error output says why. */
		FAILED,
		/** Its node died or never booted, or it was preempted: not the study's fault, worth another attempt. */
		LOST,
		/** Slurm stopped it at its time limit. */
		TIME_LIMIT,
		/** Someone cancelled it in Slurm. */
		CANCELLED
	}

	/** States in which Slurm still holds the job (queued, running, finishing, held, suspended). */
	private static final Set<String> ACTIVE = Set.of(PENDING, RUNNING, "CONFIGURING", "COMPLETING", "SUSPENDED", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"RESV_DEL_HOLD", "SPECIAL_EXIT"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Set<String> LOST = Set.of("NODE_FAIL", "BOOT_FAIL", "PREEMPTED"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private SlurmStates() {
	}

	/** @return whether Slurm still holds a job in {@code state} (it has not ended) */
	public static boolean isActive(String state) {
		return ACTIVE.contains(base(state));
	}

	/**
	 * @param state    a state that is not {@linkplain #isActive(String) active}
	 * @param exitCode the batch script's exit code
	 */
	public static Ending ending(String state, int exitCode) {
		String s = base(state);
		if (COMPLETED.equals(s)) {
			return exitCode == 0 ? Ending.SUCCEEDED : Ending.FAILED;
		}
		if (LOST.contains(s)) {
			return Ending.LOST;
		}
		if ("TIMEOUT".equals(s) || "DEADLINE".equals(s)) { //$NON-NLS-1$ //$NON-NLS-2$
			return Ending.TIME_LIMIT;
		}
		if ("CANCELLED".equals(s)) { //$NON-NLS-1$
			return Ending.CANCELLED;
		}
		return Ending.FAILED; // FAILED, OUT_OF_MEMORY, REVOKED and states of later Slurm versions
	}

	/** scontrol writes a cancelled job as {@code CANCELLED} and squeue may add {@code by UID}; keep the name. */
	private static String base(String state) {
		String s = state.strip();
		int blank = s.indexOf(' ');
		return blank < 0 ? s : s.substring(0, blank);
	}
}
