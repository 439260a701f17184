package org.laserdamage.results;

/**
 * The highest cell temperature of a run.
 *
 * @param temperature K
 * @param time        s
 * @param r           radius, m
 * @param z           depth below the front face, m
 */
public record PeakSummary(double temperature, double time, double r, double z) {
}
