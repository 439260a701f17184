/**
 * The run report and the charts shared with the workbench:
 * {@link org.laserdamage.report.HtmlReport} writes report.html from a run
 * directory; {@link org.laserdamage.report.ResultCharts} builds the JFreeChart
 * charts it embeds.
 */
package org.laserdamage.report;
