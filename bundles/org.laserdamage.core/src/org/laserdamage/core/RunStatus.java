package org.laserdamage.core;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Status codes of running a study, chosen so a command line can map them to
 * exit codes: invalid input (2) versus a solver failure (1).
 */
public final class RunStatus {

	/** Plug-in id used in statuses. */
	public static final String PLUGIN_ID = "org.laserdamage.core"; //$NON-NLS-1$
	/** The study, an override or a material is invalid; the message says what to fix. */
	public static final int INVALID_INPUT = 2;
	/** The solver or the result writing failed. */
	public static final int SOLVER_FAILURE = 1;
	/**
	 * Not the study's fault and worth another attempt: a licence that vanished, a
	 * node that died, a lost connection.
	 */
	public static final int ENVIRONMENT_FAILURE = 3;

	private RunStatus() {
	}

	public static CoreException invalid(String message) {
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, INVALID_INPUT, message, null));
	}

	public static CoreException failure(String message, Throwable cause) {
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, SOLVER_FAILURE, message, cause));
	}

	/** @return a failure that another attempt may not meet (see {@link #ENVIRONMENT_FAILURE}) */
	public static CoreException environment(String message, Throwable cause) {
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, ENVIRONMENT_FAILURE, message, cause));
	}

	/** @return true when {@code status} (or a child) reports invalid input */
	public static boolean isInvalidInput(IStatus status) {
		if (PLUGIN_ID.equals(status.getPlugin()) && status.getCode() == INVALID_INPUT) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (isInvalidInput(child)) {
				return true;
			}
		}
		return false;
	}
}
