package org.laserdamage.ui.charts;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.laserdamage.ui.charts.internal.ChartMenu;
import org.laserdamage.ui.charts.internal.ChartSvg;

/**
 * A canvas that shows one {@link JFreeChart}. The chart is rendered
 * off-screen at the canvas size (and display zoom) when first painted, again
 * after a resize or a change of the chart, and the image is disposed with the
 * canvas. A context menu exports the chart as PNG or SVG. On an XY plot the
 * mouse wheel zooms about the pointer, dragging pans, and the value under the
 * pointer is read out ({@link #readout()}); {@link ChartToolBar} shows it with
 * reset and export buttons. Change a shown chart's data on the UI thread.
 */
public final class ChartCanvas {

	private static final String DATA_KEY = ChartCanvas.class.getName();

	private final Canvas canvas;
	private final ChartChangeListener chartListener = event -> invalidate();
	private JFreeChart chart;
	private Image image;
	private ImageData rendered;
	private PlotRenderingInfo plotInfo;
	private final ChartNavigation navigation = new ChartNavigation(this);
	private final List<Consumer<String>> readoutListeners = new CopyOnWriteArrayList<>();
	private String readout = ""; //$NON-NLS-1$

	public ChartCanvas(Composite parent, int style) {
		canvas = new Canvas(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setData(DATA_KEY, this);
		canvas.addPaintListener(this::paint);
		canvas.addListener(SWT.Resize, event -> invalidate());
		canvas.addListener(SWT.Dispose, event -> release());
		ChartMenu.attach(this);
		navigation.attach(canvas);
	}

	/** @return the chart canvas whose control is {@code control}, or null */
	public static ChartCanvas of(Control control) {
		return control.getData(DATA_KEY) instanceof ChartCanvas chartCanvas ? chartCanvas : null;
	}

	public Control getControl() {
		return canvas;
	}

	/** @return the chart shown, or null */
	public JFreeChart getChart() {
		return chart;
	}

	/** Shows {@code newChart} (null for none) and follows its changes. */
	public void setChart(JFreeChart newChart) {
		if (chart != null) {
			chart.removeChangeListener(chartListener);
		}
		chart = newChart;
		navigation.forget();
		if (chart != null) {
			chart.addChangeListener(chartListener);
		}
		invalidate();
	}

	/** @return where the plot and its data area were drawn last, in control coordinates, or null before the first paint */
	public PlotRenderingInfo plotInfo() {
		return plotInfo;
	}

	/** Shows the whole chart again after zooming or panning (the ranges it had when it was set). */
	public void resetView() {
		navigation.reset();
	}

	/** @return the value read-out under the mouse pointer, or "" when it is not over the data */
	public String readout() {
		return readout;
	}

	/** Tells {@code listener} each new read-out (on the UI thread). */
	public void addReadoutListener(Consumer<String> listener) {
		readoutListeners.add(listener);
	}

	/** Called by the navigation with the text under the pointer. */
	void readout(String text) {
		if (!text.equals(readout)) {
			readout = text;
			readoutListeners.forEach(listener -> listener.accept(text));
		}
	}

	/** @return the pixels of the image painted last (at 100 % zoom), or null before the first paint */
	public ImageData renderedImage() {
		return rendered;
	}

	/** Writes the chart as a PNG file at the canvas size (at least 400 × 300). */
	public void exportPng(File file) throws IOException {
		if (chart == null) {
			throw new IOException("No chart to export"); //$NON-NLS-1$
		}
		Point size = exportSize();
		ChartUtils.saveChartAsPNG(file, chart, size.x, size.y);
	}

	/** Writes the chart as an SVG file (vector) laid out at the canvas size (at least 400 × 300). */
	public void exportSvg(File file) throws IOException {
		if (chart == null) {
			throw new IOException("No chart to export"); //$NON-NLS-1$
		}
		Point size = exportSize();
		ChartSvg.write(chart, size.x, size.y, file);
	}

	private Point exportSize() {
		Point size = canvas.getSize();
		return new Point(Math.max(size.x, 400), Math.max(size.y, 300));
	}

	private void paint(PaintEvent event) {
		Rectangle area = canvas.getClientArea();
		if (chart == null || area.width < 1 || area.height < 1) {
			event.gc.setBackground(canvas.getBackground());
			event.gc.fillRectangle(area);
			return;
		}
		if (image == null) {
			JFreeChart shown = chart;
			ImageDataProvider provider = zoom -> {
				ChartRenderingInfo info = new ChartRenderingInfo();
				ImageData data = ChartImages
						.toImageData(ChartImages.render(shown, area.width, area.height, zoom / 100.0, info));
				plotInfo = info.getPlotInfo();
				if (zoom == 100) {
					rendered = data;
				}
				return data;
			};
			image = new Image(canvas.getDisplay(), provider);
		}
		event.gc.drawImage(image, 0, 0);
	}

	/** Drops the rendered image so the next paint draws the chart anew. */
	private void invalidate() {
		if (canvas.isDisposed()) {
			return;
		}
		if (Display.getCurrent() == null) {
			canvas.getDisplay().asyncExec(this::invalidate);
			return;
		}
		disposeImage();
		canvas.redraw();
	}

	private void release() {
		if (chart != null) {
			chart.removeChangeListener(chartListener);
		}
		disposeImage();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
