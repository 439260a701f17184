package org.laserdamage.ui.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Draws a chart off-screen and hands its pixels to SWT. */
public final class ChartImages {

	private ChartImages() {
	}

	/**
	 * Draws {@code chart} laid out at {@code width} × {@code height} units into
	 * an RGB image of {@code scale} pixels per unit (2 for a 200 % display).
	 */
	public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
		return render(chart, width, height, scale, null);
	}

	/**
	 * Like {@link #render(JFreeChart, int, int, double)}, recording in
	 * {@code info} (may be null) where the plot and its data area were drawn,
	 * in layout units.
	 */
	public static BufferedImage render(JFreeChart chart, int width, int height, double scale, ChartRenderingInfo info) {
		int w = Math.max(1, (int) Math.round(width * scale));
		int h = Math.max(1, (int) Math.round(height * scale));
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.scale(scale, scale);
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
		} finally {
			g2.dispose();
		}
		return image;
	}

	/**
	 * Copies the pixels of {@code image} into 24-bit SWT image data (red, green,
	 * blue bytes per pixel), reading the int raster directly when the image has
	 * one, so no PNG encoding or per-pixel colour-model calls are involved.
	 */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] pixels = directPixels(image);
		int[] row = pixels == null ? new int[width] : null;
		for (int y = 0; y < height; y++) {
			int[] source = pixels;
			int offset = y * width;
			if (source == null) {
				image.getRGB(0, y, width, 1, row, 0, width);
				source = row;
				offset = 0;
			}
			int out = y * data.bytesPerLine;
			for (int x = 0; x < width; x++) {
				int p = source[offset + x];
				data.data[out++] = (byte) (p >> 16);
				data.data[out++] = (byte) (p >> 8);
				data.data[out++] = (byte) p;
			}
		}
		return data;
	}

	/** @return the packed RGB ints of an unshared int raster, or null when the image stores pixels otherwise */
	private static int[] directPixels(BufferedImage image) {
		int type = image.getType();
		boolean packedRgb = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB;
		if (packedRgb && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
				&& image.getRaster().getParent() == null && buffer.getNumBanks() == 1) {
			return buffer.getData();
		}
		return null;
	}
}
