/**
 * The run directory: {@link org.laserdamage.results.RunWriter} writes it while
 * a solver runs, {@link org.laserdamage.results.RunResults} reads it back for
 * reports and views. The format is described in docs/result-format.md; its
 * file names are in {@link org.laserdamage.results.RunDirectory}.
 */
package org.laserdamage.results;
