package org.laserdamage.solver.builtin;

import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.ISolver;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.internal.ProblemCheck;
import org.laserdamage.solver.builtin.internal.TransientRun;

/**
 * The built-in transient thermal solver: axisymmetric r–z cell-centred finite
 * volumes on a geometrically graded structured mesh, backward Euler in
 * enthalpy form (melting by the enthalpy method), a Newton-type iteration per
 * step and preconditioned conjugate gradients with a modified incomplete
 * Cholesky factorisation for the linear systems. Beam absorption, convective
 * and radiative losses, multi-layer targets, damage criteria and a global
 * energy balance as described in the project's physics reference. The model
 * has no vaporisation, ablation or volumetric (Beer–Lambert) absorption, and
 * stops with an error above 1e5 K.
 * <p>
 * Within a step the beam delivers the energy {@link
 * org.laserdamage.solver.TemporalProfile#energy(double)} says it delivers over
 * the step, so pulses keep their energy whatever the step. Probes interpolate
 * bilinearly between cell centres and, towards a face, to the face
 * temperature reconstructed from the flux through it: a probe at r = 0, z = 0
 * reads the surface centre.
 * <p>
 * Stateless: one instance can solve several problems, also concurrently.
 */
public final class BuiltInSolver implements ISolver {

	public static final String ID = "org.laserdamage.solver.builtin"; //$NON-NLS-1$
	/** Version of the numerical method; results of equal versions are comparable. */
	public static final String VERSION = "0.2.0"; //$NON-NLS-1$

	/**
	 * {@inheritDoc}
	 *
	 * @throws IllegalArgumentException when the problem exceeds what this solver
	 *                                  takes (too many cells or outputs) or holds
	 *                                  an invalid value the records allow
	 */
	@Override
	public SolverResult solve(ThermalProblem problem, ISolutionListener listener, IProgressMonitor monitor)
			throws CoreException {
		Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
		Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
		ProblemCheck.check(problem);
		SubMonitor sub = SubMonitor.convert(monitor, problem.name(), TransientRun.TICKS);
		SolverResult result = new TransientRun(problem, listener, ID, VERSION).run(sub);
		// only a finished run fills the bar: a failed or cancelled one leaves it at the time reached
		sub.done();
		return result;
	}
}
