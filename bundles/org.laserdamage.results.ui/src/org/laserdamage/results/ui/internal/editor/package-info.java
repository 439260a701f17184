/**
 * The results editor: a tab per view of the run (summary, probes, temperature
 * map, events), filled once a job has read the run directory.
 */
package org.laserdamage.results.ui.internal.editor;
