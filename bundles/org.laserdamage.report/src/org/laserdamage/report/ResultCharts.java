package org.laserdamage.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.SnapshotEntry;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

/**
 * The charts of a run, built once for both the HTML report and the
 * workbench's result views (which show the same {@link JFreeChart} objects in
 * a chart composite). They draw off-screen with java.awt only; run headless
 * ({@code -Djava.awt.headless=true}) where there is no display.
 */
public final class ResultCharts {

	/** Cells whose liquid fraction reaches this are outlined as melt, as the melt-through criterion counts them. */
	public static final double MELT_FRACTION = 0.5;

	/** Share of a field's temperature span above its minimum that counts as heated, see {@link #heatedRadius}. */
	public static final double HEATED_SHARE = 0.02;

	private static final Color MELT_OUTLINE = new Color(0x00e5ff);
	private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
	private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	private static final Color GRID = new Color(0xdddddd);
	/** Distinct, colour-blind-friendly line colours (Okabe–Ito), cycled for more probes. */
	private static final Color[] LINES = { new Color(0x0072b2), new Color(0xd55e00), new Color(0x009e73),
			new Color(0xcc79a7), new Color(0xe69f00), new Color(0x56b4e9), new Color(0x000000), new Color(0xf0e442) };

	private ResultCharts() {
	}

	/** The scale temperatures are drawn in; the run's data stay in kelvin. */
	public enum TemperatureScale {
		KELVIN("K", 0), //$NON-NLS-1$
		CELSIUS("\u00b0C", -273.15); //$NON-NLS-1$

		private final String unit;
		private final double offset;

		TemperatureScale(String unit, double offset) {
			this.unit = unit;
			this.offset = offset;
		}

		/** @return a temperature in kelvin on this scale */
		public double of(double kelvin) {
			return kelvin + offset;
		}

		public String unit() {
			return unit;
		}
	}

	/** The unit lengths (r and depth) of maps are drawn in; the run's data stay in metres. */
	public enum LengthScale {
		MILLIMETRE("mm", 1e3), //$NON-NLS-1$
		MICROMETRE("\u00b5m", 1e6); //$NON-NLS-1$

		private final String unit;
		private final double factor;

		LengthScale(String unit, double factor) {
			this.unit = unit;
			this.factor = factor;
		}

		/** @return a length in metres in this unit */
		public double of(double metres) {
			return metres * factor;
		}

		public String unit() {
			return unit;
		}
	}

	/**
	 * Probe temperatures (K) against time, with a dashed vertical line where
	 * each damage criterion was reached.
	 */
	public static JFreeChart probeChart(RunResults results) {
		return probeChart(results, TemperatureScale.KELVIN);
	}

	/** Probe temperatures on {@code scale} against time, with the damage criteria marked. */
	public static JFreeChart probeChart(RunResults results, TemperatureScale scale) {
		ProbeSeries probes = results.probes();
		double[] times = probes.times();
		double end = times.length > 0 ? times[times.length - 1] : 0;
		if (results.summary().isPresent()) {
			end = Math.max(end, results.summary().get().finalTime());
		}
		Quantities.TimeAxis unit = Quantities.TimeAxis.forSpan(end);
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (int p = 0; p < probes.names().size(); p++) {
			// keys must be unique in a collection; probe names need not be
			XYSeries series = new XYSeries((p + 1) + ". " + probes.names().get(p), false, true); //$NON-NLS-1$
			double[] t = probes.temperatures(p);
			for (int s = 0; s < times.length; s++) {
				series.add(times[s] * unit.factor(), scale.of(t[s]), false);
			}
			dataset.addSeries(series);
		}
		NumberAxis time = new NumberAxis("Time (" + unit.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		NumberAxis temperature = new NumberAxis("Temperature (" + scale.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		temperature.setAutoRangeIncludesZero(false);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int p = 0; p < dataset.getSeriesCount(); p++) {
			renderer.setSeriesPaint(p, LINES[p % LINES.length]);
			renderer.setSeriesStroke(p, new BasicStroke(2f));
		}
		XYPlot plot = new XYPlot(dataset, time, temperature, renderer);
		style(plot);
		for (CriterionTime c : criterionTimes(results)) {
			ValueMarker marker = new ValueMarker(c.time() * unit.factor(), new Color(0x555555),
					new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
			marker.setLabel(Labels.criterion(c.criterion()));
			marker.setLabelFont(NOTE_FONT);
			// the label on the side with room, so that an event near the start or the end is not clipped
			boolean early = c.time() < end / 2;
			marker.setLabelAnchor(early ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
			marker.setLabelTextAnchor(early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
			marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
			plot.addDomainMarker(marker);
		}
		JFreeChart chart = new JFreeChart("Probe temperatures", TITLE_FONT, plot, dataset.getSeriesCount() > 0); //$NON-NLS-1$
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * The temperature map of snapshot {@code snapshotIndex} (position in
	 * {@link RunResults#snapshots()}) over the whole target.
	 */
	public static JFreeChart temperatureMapChart(RunResults results, int snapshotIndex) throws IOException {
		return temperatureMapChart(results, snapshotIndex, Double.POSITIVE_INFINITY);
	}

	/**
	 * The temperature map of snapshot {@code snapshotIndex} with r shown from
	 * the axis to {@code rMax} (m; at most the target radius).
	 */
	public static JFreeChart temperatureMapChart(RunResults results, int snapshotIndex, double rMax)
			throws IOException {
		return temperatureMapChart(results, snapshotIndex, rMax, null);
	}

	/**
	 * Like {@link #temperatureMapChart(RunResults, int, double)} with the colour
	 * scale spanning {@code scale} ({min, max} in K, e.g. from
	 * {@link #temperatureRange(RunResults)}, so that maps of one run compare),
	 * or the snapshot's own field when {@code scale} is null.
	 */
	public static JFreeChart temperatureMapChart(RunResults results, int snapshotIndex, double rMax, double[] scale)
			throws IOException {
		return temperatureMapChart(results, snapshotIndex, rMax, scale, TemperatureScale.KELVIN, LengthScale.MILLIMETRE);
	}

	/**
	 * Like {@link #temperatureMapChart(RunResults, int, double, double[])} drawn
	 * in {@code temperatures} and {@code lengths} ({@code scale} stays in K).
	 */
	public static JFreeChart temperatureMapChart(RunResults results, int snapshotIndex, double rMax, double[] scale,
			TemperatureScale temperatures, LengthScale lengths) throws IOException {
		FieldMesh mesh = results.mesh().orElseThrow(() -> new IOException(results.directory() + " has no mesh")); //$NON-NLS-1$
		SnapshotEntry entry = results.snapshots().get(snapshotIndex);
		FieldSnapshot snapshot = results.loadSnapshot(snapshotIndex);
		String title = "Temperature at t = " + Quantities.si(entry.time(), "s") + " (" + entry.label() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return temperatureMapChart(mesh, snapshot, title, rMax, scale, temperatures, lengths);
	}

	/** @return {min, max} of every temperature of every snapshot of the run, K (reads all snapshots) */
	public static double[] temperatureRange(RunResults results) throws IOException {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < results.snapshots().size(); i++) {
			double[] range = finiteRange(results.loadSnapshot(i).temperature());
			if (Double.isFinite(range[0])) {
				min = Math.min(min, range[0]);
				max = Math.max(max, range[1]);
			}
		}
		return new double[] { min, max };
	}

	/** The temperature map of a field over the whole target, see {@link #temperatureMapChart(FieldMesh, FieldSnapshot, String, double)}. */
	public static JFreeChart temperatureMapChart(FieldMesh fieldMesh, FieldSnapshot snapshot, String title) {
		return temperatureMapChart(fieldMesh, snapshot, title, Double.POSITIVE_INFINITY);
	}

	/**
	 * An r–z temperature map: r across in mm (from the axis to {@code rMax},
	 * m, at most the target radius), depth down in mm, each cell drawn over
	 * its own extent, layer fronts as dashed lines with the layer names, and
	 * the melt (liquid fraction ≥ {@link #MELT_FRACTION}) outlined. The colour
	 * scale spans the whole field, shown or not.
	 */
	public static JFreeChart temperatureMapChart(FieldMesh fieldMesh, FieldSnapshot snapshot, String title,
			double rMax) {
		return temperatureMapChart(fieldMesh, snapshot, title, rMax, null);
	}

	/**
	 * Like {@link #temperatureMapChart(FieldMesh, FieldSnapshot, String, double)}
	 * with the colour scale spanning {@code scale} ({min, max}, K) instead of
	 * the field, when it is not null and holds a finite span.
	 */
	public static JFreeChart temperatureMapChart(FieldMesh fieldMesh, FieldSnapshot snapshot, String title,
			double rMax, double[] scale) {
		return temperatureMapChart(fieldMesh, snapshot, title, rMax, scale, TemperatureScale.KELVIN,
				LengthScale.MILLIMETRE);
	}

	/**
	 * Like {@link #temperatureMapChart(FieldMesh, FieldSnapshot, String, double, double[])}
	 * with the temperatures (cells, colour bar, read-out) on {@code temperatures}
	 * and r and depth in {@code lengths}; {@code rMax} stays in m and
	 * {@code scale} in K.
	 */
	public static JFreeChart temperatureMapChart(FieldMesh fieldMesh, FieldSnapshot snapshot, String title,
			double rMax, double[] scale, TemperatureScale temperatures, LengthScale lengths) {
		MeshDescription mesh = fieldMesh.mesh();
		double[] r = scaled(mesh.rFaces(), lengths.of(1));
		double rEnd = Math.min(r[r.length - 1], lengths.of(rMax));
		double[] z = scaled(mesh.zFaces(), lengths.of(1));
		double[] kelvin = snapshot.temperature();
		double[] t = new double[kelvin.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = temperatures.of(kelvin[i]);
		}
		double[] range = scale != null && Double.isFinite(scale[0]) && Double.isFinite(scale[1])
				? new double[] { temperatures.of(scale[0]), temperatures.of(scale[1]) }
				: finiteRange(t);
		double min = range[0];
		double max = range[1];
		if (!(min < max)) {
			// a uniform (or empty) field still needs a scale to draw against
			double centre = Double.isFinite(min) ? min : 0;
			min = centre - 1;
			max = centre + 1;
		}
		InfernoPaintScale colours = new InfernoPaintScale(min, max);
		NumberAxis radius = new NumberAxis("r (" + lengths.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		radius.setRange(r[0], rEnd);
		NumberAxis depth = new NumberAxis("z, depth below the front face (" + lengths.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		depth.setRange(z[0], z[z.length - 1]);
		depth.setInverted(true);
		String key = "Temperature (" + temperatures.unit() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		XYPlot plot = new XYPlot(new CellDataset(key, r, z, t), radius, depth, new CellRenderer(colours));
		style(plot);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		for (FieldMesh.Span span : fieldMesh.layerSpans()) {
			double front = lengths.of(span.front());
			if (front > z[0]) {
				plot.addRangeMarker(new ValueMarker(front, Color.WHITE, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 10, new float[] { 5, 4 }, 0)));
			}
			XYTextAnnotation name = new XYTextAnnotation(" " + span.name() + " ", rEnd, front); //$NON-NLS-1$ //$NON-NLS-2$
			name.setTextAnchor(TextAnchor.TOP_RIGHT);
			name.setFont(NOTE_FONT);
			name.setPaint(Color.WHITE);
			name.setBackgroundPaint(new Color(0, 0, 0, 140));
			plot.addAnnotation(name);
		}
		Path2D melt = meltOutline(mesh, snapshot.liquidFraction(), r, z);
		if (melt.getCurrentPoint() != null) {
			plot.addAnnotation(new XYShapeAnnotation(melt, new BasicStroke(1.8f), MELT_OUTLINE));
		}
		JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		NumberAxis temperature = new NumberAxis("Temperature (" + temperatures.unit() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		temperature.setRange(min, max);
		PaintScaleLegend bar = new PaintScaleLegend(colours, temperature);
		bar.setPosition(RectangleEdge.RIGHT);
		bar.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
		bar.setStripWidth(14);
		bar.setSubdivisionCount(256);
		bar.setStripOutlineVisible(true);
		bar.setMargin(new RectangleInsets(4, 12, 4, 4));
		bar.setBackgroundPaint(Color.WHITE);
		chart.addSubtitle(bar);
		if (melt.getCurrentPoint() != null) {
			TextTitle note = new TextTitle("Cyan outline: melt (liquid fraction ≥ 0.5)", NOTE_FONT); //$NON-NLS-1$
			note.setPosition(RectangleEdge.BOTTOM);
			note.setPaint(new Color(0x333333));
			chart.addSubtitle(note);
		}
		return chart;
	}

	/**
	 * A radius that frames the heated part of a field, for maps of a small hot
	 * spot on a large plate that would otherwise be mostly cold: a quarter
	 * more than the outer face of the outermost cell heated by at least
	 * {@value #HEATED_SHARE} of the field's temperature span, rounded up to a
	 * round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ m), at most the
	 * target radius.
	 *
	 * @return m
	 */
	public static double heatedRadius(FieldMesh fieldMesh, FieldSnapshot snapshot) {
		MeshDescription mesh = fieldMesh.mesh();
		double radius = mesh.rFaces()[mesh.radialCells()];
		double[] t = snapshot.temperature();
		double[] range = finiteRange(t);
		double min = range[0];
		double max = range[1];
		if (!(min < max)) {
			return radius;
		}
		double threshold = min + HEATED_SHARE * (max - min);
		int nr = mesh.radialCells();
		int outer = 0;
		for (int k = 0; k < t.length; k++) {
			if (t[k] >= threshold) {
				outer = Math.max(outer, k % nr);
			}
		}
		double extent = 1.25 * mesh.rFaces()[outer + 1];
		double decade = Math.pow(10, Math.floor(Math.log10(extent)));
		for (double step : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (step * decade >= extent * (1 - 1e-9)) {
				return Math.min(radius, step * decade);
			}
		}
		return radius;
	}

	/** @return the chart drawn as a PNG image of {@code width} × {@code height} pixels */
	public static byte[] toPng(JFreeChart chart, int width, int height) throws IOException {
		return toPng(chart, width, height, 1);
	}

	/**
	 * @param scale pixels per layout unit: 2 lays the chart out at
	 *              {@code width} × {@code height} and draws it at twice the
	 *              resolution, for sharp images on high-density screens
	 */
	public static byte[] toPng(JFreeChart chart, int width, int height, double scale) throws IOException {
		return encodePng(draw(chart, width, height, scale));
	}

	/** Draws {@code chart} laid out at {@code width} × {@code height} at {@code scale} pixels per unit. */
	static BufferedImage draw(JFreeChart chart, int width, int height, double scale) {
		BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.scale(scale, scale);
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		} finally {
			g2.dispose();
		}
		return image;
	}

	/**
	 * Encodes an image as PNG in memory. {@code ImageIO.write} to a stream
	 * caches through a temporary file by default; the memory cache is faster.
	 */
	static byte[] encodePng(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next(); //$NON-NLS-1$
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
			writer.setOutput(out);
			writer.write(image);
		} finally {
			writer.dispose();
		}
		return png.toByteArray();
	}

	private record CriterionTime(String criterion, double time) {
	}

	/** Times from the summary when the run finished, else from the events logged as it ran. */
	private static List<CriterionTime> criterionTimes(RunResults results) {
		List<CriterionTime> times = new ArrayList<>();
		if (results.summary().isPresent()) {
			for (CriterionSummary c : results.summary().get().criteria()) {
				if (c.reached() && Double.isFinite(c.time())) {
					times.add(new CriterionTime(c.criterion(), c.time()));
				}
			}
		} else {
			for (DamageEvent e : results.events()) {
				times.add(new CriterionTime(e.criterion(), e.time()));
			}
		}
		return times;
	}

	private static void style(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.setOutlinePaint(new Color(0x888888));
	}

	private static double[] scaled(double[] values, double factor) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i] * factor;
		}
		return out;
	}

	/** The edges between molten and solid cells, in the map's mm coordinates. */
	private static Path2D meltOutline(MeshDescription mesh, double[] liquidFraction, double[] r, double[] z) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		Path2D.Double path = new Path2D.Double();
		for (int j = 0; j < nz; j++) {
			for (int i = 0; i < nr; i++) {
				if (!(liquidFraction[j * nr + i] >= MELT_FRACTION)) {
					continue;
				}
				if (i + 1 < nr && !(liquidFraction[j * nr + i + 1] >= MELT_FRACTION)) {
					segment(path, r[i + 1], z[j], r[i + 1], z[j + 1]);
				}
				if (i > 0 && !(liquidFraction[j * nr + i - 1] >= MELT_FRACTION)) {
					segment(path, r[i], z[j], r[i], z[j + 1]);
				}
				if (j + 1 < nz && !(liquidFraction[(j + 1) * nr + i] >= MELT_FRACTION)) {
					segment(path, r[i], z[j + 1], r[i + 1], z[j + 1]);
				}
				if (j > 0 && !(liquidFraction[(j - 1) * nr + i] >= MELT_FRACTION)) {
					segment(path, r[i], z[j], r[i + 1], z[j]);
				}
			}
		}
		return path;
	}

	private static void segment(Path2D path, double x0, double y0, double x1, double y1) {
		path.moveTo(x0, y0);
		path.lineTo(x1, y1);
	}

	/** @return {min, max} of the finite values of {@code values}; {+inf, -inf} when there are none */
	private static double[] finiteRange(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (Double.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		return new double[] { min, max };
	}
}
