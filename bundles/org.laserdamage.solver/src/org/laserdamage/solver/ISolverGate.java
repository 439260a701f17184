package org.laserdamage.solver;

import java.util.Optional;

/**
 * A solver that needs something scarce outside this process before it can
 * start (a licence of a licence server): the place that runs a job asks
 * it before every attempt and keeps the job {@code WAITING} with the
 * answer, never starting a solve that would hang or crash for want of it.
 */
public interface ISolverGate {

	/**
	 * @return why the solver cannot start now, in words a user can act on ("waiting
	 *         for an ANSYS licence: 4 of 4 in use on 1055@licsrv"); empty when it can
	 */
	Optional<String> whyNotNow(SolverOptions options);
}
