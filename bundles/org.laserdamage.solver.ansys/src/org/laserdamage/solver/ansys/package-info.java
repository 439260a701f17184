/**
 * The ANSYS Mechanical APDL adapter: a thermal solver that runs MAPDL in
 * batch ({@link org.laserdamage.solver.ansys.AnsysSolver}), and the licence
 * counts of a FlexNet server ({@link org.laserdamage.solver.ansys.LicenceCounts}).
 */
package org.laserdamage.solver.ansys;
