package org.laserdamage.results.ui.internal.editor;

import org.jfree.chart.JFreeChart;
import org.laserdamage.report.ResultCharts.LengthScale;
import org.laserdamage.report.ResultCharts.TemperatureScale;
import org.laserdamage.results.RunResults;

/**
 * A run read by {@link LoadJob}, with what is slow to compute from it.
 *
 * @param results    the run
 * @param probeChart the probe temperatures (in the display unit of temperatures)
 * @param mapRadius  the radius the temperature maps show, m: the heated part of the last snapshot
 * @param mapScale   {min, max} of every snapshot's temperatures, K, the colour scale the maps share;
 *                   null when the run has no snapshots
 * @param temperatures the display unit of temperatures, which the charts use
 * @param lengths    the display unit of lengths, which the maps' r and depth use
 */
record LoadedRun(RunResults results, JFreeChart probeChart, double mapRadius, double[] mapScale,
		TemperatureScale temperatures, LengthScale lengths) {
}
