/**
 * The built-in thermal solver, {@link org.laserdamage.solver.builtin.BuiltInSolver}.
 */
package org.laserdamage.solver.builtin;
