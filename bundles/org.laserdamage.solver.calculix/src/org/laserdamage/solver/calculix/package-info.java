/** The CalculiX (ccx) adapter: a thermal solver that runs the external code. */
package org.laserdamage.solver.calculix;
