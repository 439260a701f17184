package org.laserdamage.results.ui.internal.compare;

import java.awt.BasicStroke;
import java.awt.Color;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.results.RunResults;
import org.laserdamage.ui.DisplayUnits;

/** The probe curves of two runs in one chart: a colour per probe, the first run solid and the second dashed. */
final class ComparisonChart {

	private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b) };
	private static final BasicStroke SOLID = new BasicStroke(2f);
	private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
			new float[] { 7, 4 }, 0);

	private ComparisonChart() {
	}

	static JFreeChart of(RunResults first, RunResults second) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		add(dataset, renderer, first, Messages.Compare_first, SOLID);
		add(dataset, renderer, second, Messages.Compare_second, DASHED);
		DisplayUnits.Unit unit = DisplayUnits.current().temperature();
		NumberAxis temperature = new NumberAxis(NLS.bind(Messages.Compare_temperatureAxis, unit.symbol()));
		temperature.setAutoRangeIncludesZero(false);
		XYPlot plot = new XYPlot(dataset, new NumberAxis(Messages.Compare_timeAxis), temperature, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		JFreeChart chart = new JFreeChart(Messages.Compare_chartTitle, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private static void add(XYSeriesCollection dataset, XYLineAndShapeRenderer renderer, RunResults run, String which,
			BasicStroke stroke) {
		ProbeSeries probes = run.probes();
		double[] times = probes.times();
		DisplayUnits.Unit unit = DisplayUnits.current().temperature();
		for (int p = 0; p < probes.names().size(); p++) {
			// keys must be unique in the collection: the run and the probe's position make them so
			XYSeries series = new XYSeries(NLS.bind(Messages.Compare_seriesKey,
					new Object[] { which, Integer.toString(p + 1), probes.names().get(p) }), false, true);
			double[] t = probes.temperatures(p);
			for (int s = 0; s < times.length; s++) {
				series.add(times[s], unit.fromSi(t[s]), false);
			}
			dataset.addSeries(series);
			int index = dataset.getSeriesCount() - 1;
			renderer.setSeriesPaint(index, COLOURS[p % COLOURS.length]);
			renderer.setSeriesStroke(index, stroke);
		}
	}
}
