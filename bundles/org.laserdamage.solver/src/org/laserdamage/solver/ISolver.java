package org.laserdamage.solver;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A thermal solver: built-in, an external code driven through files, or a
 * third party's, contributed through the {@code org.laserdamage.solver.solvers}
 * extension point.
 */
public interface ISolver {

	/**
	 * Solves the problem, reporting the solution to {@code listener} as it goes.
	 *
	 * @param monitor reports progress in simulated time; cancelling it ends the
	 *                solve with an {@link org.eclipse.core.runtime.OperationCanceledException}
	 *                after the listener has received what was computed so far
	 * @throws CoreException when the solve fails, with a message a user can act on
	 */
	SolverResult solve(ThermalProblem problem, ISolutionListener listener, IProgressMonitor monitor)
			throws CoreException;
}
