package org.laserdamage.ui.charts;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.laserdamage.ui.charts.internal.Messages;

/**
 * Mouse navigation of an XY chart drawn as an image: the wheel zooms about
 * the pointer, a drag with the left button pans, a move reads out the nearest
 * point (within {@link #NEAR} pixels) or the position. The axis ranges the
 * chart had before the first change are kept for {@link #reset()}.
 */
final class ChartNavigation {

	/** How close (px) the pointer must be to a point to read it out. */
	static final int NEAR = 12;
	private static final double ZOOM_IN = 0.8;

	private final ChartCanvas owner;
	private final Map<ValueAxis, Range> original = new LinkedHashMap<>();
	private final Map<ValueAxis, Boolean> originalAuto = new LinkedHashMap<>();
	private int dragX;
	private int dragY;
	private boolean dragging;

	ChartNavigation(ChartCanvas owner) {
		this.owner = owner;
	}

	void attach(Canvas canvas) {
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, event -> {
			if (event.button == 1 && plot() != null) {
				dragging = true;
				dragX = event.x;
				dragY = event.y;
			}
		});
		canvas.addListener(SWT.MouseUp, event -> dragging = false);
		canvas.addListener(SWT.MouseMove, this::move);
		canvas.addListener(SWT.MouseExit, event -> owner.readout("")); //$NON-NLS-1$
	}

	/** A new chart: its ranges are the ones to go back to. */
	void forget() {
		original.clear();
		originalAuto.clear();
		dragging = false;
	}

	void reset() {
		original.forEach((axis, range) -> {
			if (Boolean.TRUE.equals(originalAuto.get(axis))) {
				axis.setAutoRange(true);
			} else {
				axis.setRange(range);
			}
		});
		forget();
	}

	private XYPlot plot() {
		JFreeChart chart = owner.getChart();
		return chart != null && chart.getPlot() instanceof XYPlot xy && owner.plotInfo() != null ? xy : null;
	}

	private void remember(XYPlot plot) {
		for (int i = 0; i < plot.getDomainAxisCount(); i++) {
			remember(plot.getDomainAxis(i));
		}
		for (int i = 0; i < plot.getRangeAxisCount(); i++) {
			remember(plot.getRangeAxis(i));
		}
	}

	private void remember(ValueAxis axis) {
		if (axis != null && !original.containsKey(axis)) {
			original.put(axis, axis.getRange());
			originalAuto.put(axis, axis.isAutoRange());
		}
	}

	private void wheel(Event event) {
		XYPlot plot = plot();
		if (plot == null || event.count == 0) {
			return;
		}
		PlotRenderingInfo info = owner.plotInfo();
		Point2D at = new Point2D.Double(event.x, event.y);
		if (!info.getDataArea().contains(at)) {
			return;
		}
		remember(plot);
		double factor = event.count > 0 ? ZOOM_IN : 1 / ZOOM_IN;
		plot.zoomDomainAxes(factor, info, at, true);
		plot.zoomRangeAxes(factor, info, at, true);
		event.doit = false;
	}

	private void move(Event event) {
		XYPlot plot = plot();
		if (plot == null) {
			return;
		}
		if (dragging && (event.stateMask & SWT.BUTTON1) != 0) {
			pan(plot, event.x - dragX, event.y - dragY);
			dragX = event.x;
			dragY = event.y;
			return;
		}
		owner.readout(readout(plot, owner.plotInfo().getDataArea(), event.x, event.y));
	}

	private void pan(XYPlot plot, int dx, int dy) {
		if (dx == 0 && dy == 0) {
			return;
		}
		remember(plot);
		Rectangle2D area = owner.plotInfo().getDataArea();
		for (int i = 0; i < plot.getDomainAxisCount(); i++) {
			shift(plot.getDomainAxis(i), plot.getDomainAxisEdge(i), area, dx, dy);
		}
		for (int i = 0; i < plot.getRangeAxisCount(); i++) {
			shift(plot.getRangeAxis(i), plot.getRangeAxisEdge(i), area, dx, dy);
		}
	}

	/** Moves {@code axis} so that the data follows the pointer by {@code dx}, {@code dy} pixels. */
	private static void shift(ValueAxis axis, RectangleEdge edge, Rectangle2D area, int dx, int dy) {
		if (axis == null) {
			return;
		}
		boolean horizontal = RectangleEdge.isTopOrBottom(edge);
		double d = horizontal ? dx : dy;
		double a = axis.java2DToValue((horizontal ? area.getMinX() : area.getMinY()) - d, area, edge);
		double b = axis.java2DToValue((horizontal ? area.getMaxX() : area.getMaxY()) - d, area, edge);
		if (Double.isFinite(a) && Double.isFinite(b) && a != b) {
			axis.setRange(Math.min(a, b), Math.max(a, b));
		}
	}

	/** @return the nearest point within {@link #NEAR} px of {@code x, y}, else the position; "" outside the data */
	static String readout(XYPlot plot, Rectangle2D area, int x, int y) {
		if (!area.contains(x, y)) {
			return ""; //$NON-NLS-1$
		}
		ValueAxis domain = plot.getDomainAxis();
		ValueAxis range = plot.getRangeAxis();
		RectangleEdge domainEdge = plot.getDomainAxisEdge();
		RectangleEdge rangeEdge = plot.getRangeAxisEdge();
		double best = NEAR * NEAR;
		String found = null;
		for (int d = 0; d < plot.getDatasetCount(); d++) {
			XYDataset dataset = plot.getDataset(d);
			if (dataset == null) {
				continue;
			}
			for (int s = 0; s < dataset.getSeriesCount(); s++) {
				for (int i = 0; i < dataset.getItemCount(s); i++) {
					double vx = dataset.getXValue(s, i);
					double vy = dataset.getYValue(s, i);
					double px = domain.valueToJava2D(vx, area, domainEdge) - x;
					double py = range.valueToJava2D(vy, area, rangeEdge) - y;
					double distance = px * px + py * py;
					if (distance < best) {
						best = distance;
						String point = NLS.bind(Messages.Readout_point,
								new Object[] { dataset.getSeriesKey(s), label(domain), number(vx), label(range), number(vy) });
						found = dataset instanceof XYZDataset xyz
								? NLS.bind(Messages.Readout_value, point, number(xyz.getZValue(s, i)))
								: point;
					}
				}
			}
		}
		if (found != null) {
			return found;
		}
		return NLS.bind(Messages.Readout_position, new Object[] { label(domain),
				number(domain.java2DToValue(x, area, domainEdge)), label(range), number(range.java2DToValue(y, area, rangeEdge)) });
	}

	private static String label(ValueAxis axis) {
		return axis.getLabel() == null ? "" : axis.getLabel(); //$NON-NLS-1$
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value); //$NON-NLS-1$
	}
}
