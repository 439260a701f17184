package org.laserdamage.solver;

import org.eclipse.core.runtime.CoreException;

/**
 * A solver that takes {@link SolverOptions} (an executable's path, a licence
 * server). {@link SolverRegistry#create(String, SolverOptions)} configures it
 * right after creating it, before {@link #solve}.
 */
public interface IConfigurableSolver extends ISolver {

	/**
	 * @throws CoreException an {@code INVALID_INPUT} of {@code org.laserdamage.core.RunStatus} naming the option and
	 *                       the fix when a value is unusable (unknown keys are ignored: options are shared
	 *                       between launch configurations of different solvers)
	 */
	void configure(SolverOptions options) throws CoreException;
}
