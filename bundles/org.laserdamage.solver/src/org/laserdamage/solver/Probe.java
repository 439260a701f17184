package org.laserdamage.solver;

/**
 * A named point whose temperature history is recorded; the temperature is
 * interpolated from the surrounding cell centres.
 *
 * @param name probe name (column header in probes.csv)
 * @param r    radius in m
 * @param z    depth below the front face in m
 */
public record Probe(String name, double r, double z) {
}
