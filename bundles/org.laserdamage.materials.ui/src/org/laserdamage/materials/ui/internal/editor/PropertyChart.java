package org.laserdamage.materials.ui.internal.editor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.laserdamage.materials.ui.internal.DisplayUnit;

/**
 * The plot of one property table: the value against temperature, or
 * absorptivity against wavelength with one line per temperature. It plots
 * the rows as shown (display units), skipping cells that are not numbers, so
 * it follows the table as the user types.
 * <p>
 * Wavelengths are on a logarithmic axis with the legend beside the plot:
 * tables span 0.5 to 10.6 µm, and on a linear axis below a legend of eight
 * temperatures the lines of 0.53 and 1.06 µm fell onto one point at the left
 * and every line onto one point at the right.
 */
final class PropertyChart {

	private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
	private static final Color GRID = new Color(0xdddddd);
	/** Okabe–Ito colours, as in the run report. */
	private static final Color[] LINES = { new Color(0x0072b2), new Color(0xd55e00), new Color(0x009e73),
			new Color(0xcc79a7), new Color(0xe69f00), new Color(0x56b4e9), new Color(0x000000) };

	private final JFreeChart chart;
	private final XYSeriesCollection data;
	private final XYLineAndShapeRenderer renderer;
	private final boolean byWavelength;
	private final String symbol;

	private PropertyChart(String title, String xLabel, String yLabel, boolean fraction, boolean byWavelength, String symbol) {
		this.byWavelength = byWavelength;
		this.symbol = symbol;
		data = new XYSeriesCollection();
		ValueAxis x = byWavelength ? wavelengthAxis(xLabel) : new NumberAxis(xLabel);
		if (x instanceof NumberAxis linear) {
			linear.setAutoRangeIncludesZero(false);
		}
		NumberAxis y = new NumberAxis(yLabel);
		y.setAutoRangeIncludesZero(fraction);
		renderer = new XYLineAndShapeRenderer(true, true);
		XYPlot plot = new XYPlot(data, x, y, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.setOutlinePaint(new Color(0x888888));
		chart = new JFreeChart(title, TITLE_FONT, plot, byWavelength);
		chart.setBackgroundPaint(Color.WHITE);
		if (byWavelength) {
			chart.getLegend().setPosition(RectangleEdge.RIGHT);
		}
	}

	private static LogAxis wavelengthAxis(String label) {
		LogAxis axis = new LogAxis(label);
		axis.setBase(10);
		axis.setNumberFormatOverride(new DecimalFormat("0.##")); //$NON-NLS-1$
		axis.setMinorTickMarksVisible(true);
		return axis;
	}

	/** A property against temperature, e.g. k (W/(m·K)) against T (K). */
	static PropertyChart temperature(TableKind kind) {
		return new PropertyChart(kind.title, Messages.Chart_temperature, kind.valueHeader(), kind.fraction, false, kind.symbol);
	}

	/** Absorptivity against wavelength, one line per temperature. */
	static PropertyChart absorptivity() {
		return new PropertyChart(Messages.Property_absorptivity, Messages.Chart_wavelength, Messages.Chart_absorptivity, true,
				true, "A"); //$NON-NLS-1$
	}

	JFreeChart chart() {
		return chart;
	}

	/** Plots {@code rows} ({T, value} or {λ, T, A}) instead of what was plotted. */
	void update(List<String[]> rows) {
		Map<String, XYSeries> series = new LinkedHashMap<>();
		for (String[] row : rows) {
			String key = byWavelength ? NLS.bind(Messages.Chart_atTemperature, row[1].trim()) : symbol;
			double x = DisplayUnit.shown(row[0]);
			double y = DisplayUnit.shown(row[byWavelength ? 2 : 1]);
			// a logarithmic axis has no place for a wavelength <= 0 (the table marks it as an error)
			if (Double.isFinite(x) && Double.isFinite(y) && (!byWavelength || x > 0)) {
				series.computeIfAbsent(key, k -> new XYSeries(k, false, true)).add(x, y, false);
			}
		}
		chart.setNotify(false);
		try {
			data.removeAllSeries();
			int index = 0;
			for (XYSeries s : series.values()) {
				data.addSeries(s);
				renderer.setSeriesPaint(index, LINES[index % LINES.length]);
				renderer.setSeriesStroke(index, new BasicStroke(2f));
				index++;
			}
		} finally {
			chart.setNotify(true);
		}
	}
}
