package org.laserdamage.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Fills each cell of a {@link CellDataset} over its own bounds with the
 * colour of its value. {@code XYBlockRenderer} cannot do this: it draws every
 * item with one block size, which misplaces the cells of a graded mesh.
 */
final class CellRenderer extends AbstractXYItemRenderer {

	private static final long serialVersionUID = 1L;

	private final PaintScale scale;

	CellRenderer(PaintScale scale) {
		this.scale = scale;
	}

	@Override
	public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
			XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
			CrosshairState crosshairState, int pass) {
		IntervalXYDataset cells = (IntervalXYDataset) dataset;
		double x0 = domainAxis.valueToJava2D(cells.getStartXValue(series, item), dataArea, plot.getDomainAxisEdge());
		double x1 = domainAxis.valueToJava2D(cells.getEndXValue(series, item), dataArea, plot.getDomainAxisEdge());
		double y0 = rangeAxis.valueToJava2D(cells.getStartYValue(series, item), dataArea, plot.getRangeAxisEdge());
		double y1 = rangeAxis.valueToJava2D(cells.getEndYValue(series, item), dataArea, plot.getRangeAxisEdge());
		Rectangle2D block = plot.getOrientation() == PlotOrientation.VERTICAL
				? new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0))
				: new Rectangle2D.Double(Math.min(y0, y1), Math.min(x0, x1), Math.abs(y1 - y0), Math.abs(x1 - x0));
		// without antialiasing, cells sharing an edge tile the pixels exactly: no seams, no overlap
		Object antialias = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		g2.setPaint(scale.getPaint(((XYZDataset) dataset).getZValue(series, item)));
		g2.fill(block);
		if (antialias != null) {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
		}
	}

	@Override
	public Range findDomainBounds(XYDataset dataset) {
		return findDomainBounds(dataset, true);
	}

	@Override
	public Range findRangeBounds(XYDataset dataset) {
		return findRangeBounds(dataset, true);
	}
}
