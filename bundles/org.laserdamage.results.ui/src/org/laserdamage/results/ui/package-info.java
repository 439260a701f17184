/**
 * The results editor of a solver run: open it on a run directory with
 * {@link org.laserdamage.results.ui.ResultsUI#open}.
 */
package org.laserdamage.results.ui;
