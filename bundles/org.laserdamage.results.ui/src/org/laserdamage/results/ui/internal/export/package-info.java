/** CSV files of a run's tables, written without any UI so that they can be tested alone. */
package org.laserdamage.results.ui.internal.export;
