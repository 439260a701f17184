package org.laserdamage.ui.charts.internal;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes a chart as SVG: Batik's {@link SVGGraphics2D} records what the chart
 * draws as SVG elements (paths, lines, text), so the file stays vector and
 * scales without blur, unlike the PNG export.
 */
public final class ChartSvg {

	private static final String SVG_NS = "http://www.w3.org/2000/svg"; //$NON-NLS-1$

	private ChartSvg() {
	}

	/** Writes {@code chart} laid out at {@code width} × {@code height} units to {@code file} (UTF-8). */
	public static void write(JFreeChart chart, int width, int height, File file) throws IOException {
		Document document;
		try {
			// the JDK's DOM: Batik's own DOM implementation is not needed just to generate SVG
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
					.createDocument(SVG_NS, "svg", null); //$NON-NLS-1$
		} catch (ParserConfigurationException e) {
			throw new IOException("No XML document builder for the SVG export", e); //$NON-NLS-1$
		}
		SVGGraphics2D g2 = new SVGGraphics2D(document);
		g2.setSVGCanvasSize(new Dimension(width, height));
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		try (OutputStream out = Files.newOutputStream(file.toPath());
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			g2.stream(writer, true);
		} finally {
			g2.dispose();
		}
	}
}
