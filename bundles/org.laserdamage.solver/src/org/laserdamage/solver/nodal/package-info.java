/**
 * Shared by the adapters of external finite-element codes (CalculiX, ANSYS
 * MAPDL) that solve on the common mesh with one node per cell corner: the
 * node and element numbering and the interpolation of nodal temperatures
 * ({@link org.laserdamage.solver.nodal.QuadMesh}), the steps and the beam
 * amplitude of a run ({@link org.laserdamage.solver.nodal.StepPlan}), the
 * ordering of the increments read back
 * ({@link org.laserdamage.solver.nodal.IncrementSequence}), their delivery to
 * the solution listener ({@link org.laserdamage.solver.nodal.ResultFeeder})
 * and the damage criteria with the built-in solver's definitions
 * ({@link org.laserdamage.solver.nodal.NodalCriteria}).
 */
package org.laserdamage.solver.nodal;
