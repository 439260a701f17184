/**
 * The numerical kernel of the built-in solver: mesh, material evaluation,
 * finite-volume heat balance, nonlinear and linear solvers, time-step
 * control, criteria, probes and the benchmark. Not API.
 */
package org.laserdamage.solver.builtin.internal;
