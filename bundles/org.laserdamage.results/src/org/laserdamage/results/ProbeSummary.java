package org.laserdamage.results;

import java.util.Objects;

/**
 * Where a probe of probes.csv sits.
 *
 * @param name column name in probes.csv
 * @param r    radius, m
 * @param z    depth below the front face, m
 */
public record ProbeSummary(String name, double r, double z) {

	public ProbeSummary {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
	}
}
