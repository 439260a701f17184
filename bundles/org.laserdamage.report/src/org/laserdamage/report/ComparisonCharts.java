package org.laserdamage.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.laserdamage.results.ProbeSeries;

/** The curves of one probe of several runs in one chart, one line per solver. */
final class ComparisonCharts {

	private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
	/** Okabe–Ito, as the run report; the reference is drawn solid, the others dashed. */
	private static final Color[] LINES = { new Color(0x0072b2), new Color(0xd55e00), new Color(0x009e73),
			new Color(0xcc79a7), new Color(0xe69f00) };

	private ComparisonCharts() {
	}

	/** @return the chart of probe {@code name}; runs without this probe are left out */
	static JFreeChart probe(RunComparison comparison, String name) {
		double end = 0;
		for (RunComparison.Run run : comparison.runs()) {
			double[] t = run.results().probes().times();
			end = t.length > 0 ? Math.max(end, t[t.length - 1]) : end;
		}
		Quantities.TimeAxis unit = Quantities.TimeAxis.forSpan(end);
		XYSeriesCollection dataset = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		int k = 0;
		for (RunComparison.Run run : comparison.runs()) {
			ProbeSeries probes = run.results().probes();
			int p = probes.names().indexOf(name);
			if (p < 0) {
				continue;
			}
			XYSeries series = new XYSeries((k + 1) + ". " + run.label(), false, true); //$NON-NLS-1$
			double[] times = probes.times();
			double[] temperatures = probes.temperatures(p);
			for (int s = 0; s < times.length; s++) {
				series.add(times[s] * unit.factor(), temperatures[s], false);
			}
			dataset.addSeries(series);
			renderer.setSeriesPaint(k, LINES[k % LINES.length]);
			renderer.setSeriesStroke(k, k == 0 ? new BasicStroke(2.5f)
					: new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { 7, 4 }, 0));
			k++;
		}
		NumberAxis time = new NumberAxis("Time (" + unit.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		NumberAxis temperature = new NumberAxis("Temperature (K)"); //$NON-NLS-1$
		temperature.setAutoRangeIncludesZero(false);
		XYPlot plot = new XYPlot(dataset, time, temperature, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		plot.setOutlinePaint(new Color(0x888888));
		JFreeChart chart = new JFreeChart("Probe " + name, TITLE_FONT, plot, true); //$NON-NLS-1$
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}
}
