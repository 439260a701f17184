package org.laserdamage.solver;

/**
 * Temperatures and liquid fractions of every cell at one time, row-major with
 * the axial row j outer and the radial index i inner: index = j * nr + i.
 *
 * @param time           s
 * @param temperature    K, length nr * nz
 * @param liquidFraction 0..1, length nr * nz
 */
public record FieldSnapshot(double time, double[] temperature, double[] liquidFraction) {
}
