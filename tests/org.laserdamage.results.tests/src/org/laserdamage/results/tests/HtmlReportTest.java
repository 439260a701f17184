package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.report.HtmlReport;
import org.laserdamage.report.ResultCharts;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

class HtmlReportTest {

	private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""); //$NON-NLS-1$

	@TempDir
	Path dir;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String report(String study, boolean meltThrough, boolean finish) throws IOException {
		SyntheticRun.write(dir, study, meltThrough, finish);
		Path file = HtmlReport.write(dir, null);
		assertEquals(dir.resolve(RunDirectory.REPORT), file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static List<BufferedImage> images(String html) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		Matcher m = IMAGE.matcher(html);
		while (m.find()) {
			byte[] png = Base64.getDecoder().decode(m.group(1));
			assertTrue(png.length > 10_000, "a chart PNG of " + png.length + " bytes is suspiciously small"); //$NON-NLS-1$ //$NON-NLS-2$
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertNotNull(image, "not a readable PNG"); //$NON-NLS-1$
			assertTrue(image.getWidth() >= 900 && image.getHeight() >= 400, image.getWidth() + "x" + image.getHeight()); //$NON-NLS-1$
			images.add(image);
		}
		return images;
	}

	@Test
	void reportOfARunWithMeltThrough() throws IOException {
		String html = report("Plate", true, true); //$NON-NLS-1$
		for (String section : List.of("id=\"criteria\"", "id=\"summary\"", "id=\"laser\"", "id=\"probes\"", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"id=\"maps\"", "id=\"layers\"", "id=\"warnings\"", "id=\"files\"")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(html.contains(section), section);
		}
		assertTrue(html.contains("<title>Laser damage report – Plate</title>")); //$NON-NLS-1$
		assertTrue(html.contains("Field when melt-through was reached")); //$NON-NLS-1$
		assertTrue(html.contains("3.7 ms")); //$NON-NLS-1$
		assertTrue(html.contains("Aluminium 6061-T6")); //$NON-NLS-1$
		assertTrue(html.contains("−870.5 K") || html.contains("-870.5 K")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(html.contains(RunDirectory.PROBES));
		assertEquals(3, images(html).size(), "probe chart, final map, melt-through map"); //$NON-NLS-1$
		assertSelfContained(html);
	}

	@Test
	void reportSaysWhenMeltThroughWasNotReached() throws IOException {
		String html = report("Plate", false, true); //$NON-NLS-1$
		assertTrue(html.contains("Melt-through was not reached.")); //$NON-NLS-1$
		assertTrue(html.contains("not reached")); //$NON-NLS-1$
		assertEquals(2, images(html).size(), "probe chart and final map"); //$NON-NLS-1$
	}

	@Test
	void studyNameIsEscaped() throws IOException {
		String html = report("<script>alert('x')</script> & \"co\"", false, true); //$NON-NLS-1$
		assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "raw script tag in the report"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")); //$NON-NLS-1$
	}

	@Test
	void reportOfAnUnfinishedRun() throws IOException {
		String html = report("Plate", false, false); //$NON-NLS-1$
		assertTrue(html.contains("Run did not finish")); //$NON-NLS-1$
		assertTrue(html.contains("Last saved field")); //$NON-NLS-1$
		assertEquals(2, images(html).size());
		assertSelfContained(html);
	}

	private static void assertSelfContained(String html) {
		String lower = html.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("src=\"http"), "external image"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(lower.contains("<link"), "external style sheet"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(lower.contains("url("), "external CSS resource"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * On a strongly graded mesh every cell must be drawn over its own extent:
	 * the pixel at each cell centre has that cell's colour.
	 */
	@Test
	void gradedMeshIsDrawnCellByCell() {
		double[] r = SyntheticRun.graded(0, 10e-3, 12, 30);
		double[] z = SyntheticRun.graded(0, 2e-3, 6, 8);
		MeshDescription mesh = new MeshDescription(r, z, new int[6]);
		int nr = 12;
		double[] t = new double[nr * 6];
		for (int k = 0; k < t.length; k++) {
			t[k] = 300 + 37 * (k % nr) + 5 * (k / nr);
		}
		JFreeChart chart = ResultCharts.temperatureMapChart(new FieldMesh(mesh, List.of("Plate")), //$NON-NLS-1$
				new FieldSnapshot(1e-3, t, new double[t.length]), "graded"); //$NON-NLS-1$
		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage image = chart.createBufferedImage(900, 420, info);
		Rectangle2D area = info.getPlotInfo().getDataArea();
		XYPlot plot = chart.getXYPlot();
		PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream()
				.filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
		int checked = 0;
		for (int j = 1; j < 6; j++) {
			for (int i = 0; i < nr - 2; i++) {
				double x = plot.getDomainAxis().valueToJava2D(mesh.rCentre(i) * 1e3, area, plot.getDomainAxisEdge());
				double y = plot.getRangeAxis().valueToJava2D(mesh.zCentre(j) * 1e3, area, plot.getRangeAxisEdge());
				double width = plot.getDomainAxis().lengthToJava2D((r[i + 1] - r[i]) * 1e3, area, plot.getDomainAxisEdge());
				if (width < 3) {
					continue; // a cell under a few pixels wide is sampled, not drawn whole
				}
				Color expected = (Color) legend.getScale().getPaint(t[j * nr + i]);
				Color actual = new Color(image.getRGB((int) x, (int) y));
				assertEquals(expected, actual, "cell i=" + i + ", j=" + j); //$NON-NLS-1$ //$NON-NLS-2$
				checked++;
			}
		}
		assertTrue(checked > 20, "checked " + checked + " cells"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
