package org.laserdamage.solver.nodal;

/**
 * The nodal temperatures of one increment of an external code, as read from
 * its result file.
 *
 * @param step        the code's step (load step) number, from 1
 * @param time        the increment's time as the file gives it, s
 * @param temperature K, indexed by node number − 1 ({@link QuadMesh#node(int, int)})
 */
public record NodalState(int step, double time, double[] temperature) {
}
