package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.charts.ChartCanvas;
import org.laserdamage.ui.testsupport.MaterialEditorPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.Ui;

/**
 * The absorptivity plot of the material editor: one line per temperature
 * across the wavelengths of the table, drawn apart from each other.
 */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class AbsorptivityChartTest {

	private static final String ABSORPTIVITY = "ABSORPTIVITY"; //$NON-NLS-1$

	@BeforeEach
	void closeEditors() {
		Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	@Test
	void oneLinePerTemperatureWithTheWavelengthsApart() {
		MaterialEditorPage editor = MaterialEditorPage.openWithCommand("al-6061-t6"); //$NON-NLS-1$
		List<String[]> rows = editor.rows(ABSORPTIVITY);
		Set<Double> wavelengths = new TreeSet<>();
		Set<Double> temperatures = new TreeSet<>();
		for (String[] row : rows) {
			wavelengths.add(Double.valueOf(row[0]));
			temperatures.add(Double.valueOf(row[1]));
		}
		assertTrue(wavelengths.size() >= 3 && temperatures.size() >= 3, rows.size() + " rows"); //$NON-NLS-1$

		ChartCanvas canvas = editor.chart(ABSORPTIVITY);
		JFreeChart chart = Ui.call(canvas::getChart);
		XYDataset dataset = chart.getXYPlot().getDataset();
		assertEquals(temperatures.size(), dataset.getSeriesCount(), "one line per temperature"); //$NON-NLS-1$
		for (int s = 0; s < dataset.getSeriesCount(); s++) {
			Set<Double> xs = new TreeSet<>();
			for (int i = 0; i < dataset.getItemCount(s); i++) {
				xs.add(dataset.getXValue(s, i));
			}
			assertEquals(wavelengths, xs, "line " + dataset.getSeriesKey(s) + " runs across every wavelength"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		// the two closest wavelengths (0.532 and 1.064 µm) are drawn well apart on a plot 300 px wide
		ValueAxis axis = chart.getXYPlot().getDomainAxis();
		Rectangle2D area = new Rectangle2D.Double(0, 0, 300, 200);
		Double[] sorted = wavelengths.toArray(Double[]::new);
		double gap = Ui.call(() -> axis.valueToJava2D(sorted[1], area, RectangleEdge.BOTTOM)
				- axis.valueToJava2D(sorted[0], area, RectangleEdge.BOTTOM));
		assertTrue(gap > 300 * 0.15, "the first two wavelengths are " + gap + " px apart"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(RectangleEdge.RIGHT, chart.getLegend().getPosition(), "the legend leaves the plot its height"); //$NON-NLS-1$
		assertTrue(Screenshots.colours(editor.renderedChart(ABSORPTIVITY)) > 8, "a drawn chart"); //$NON-NLS-1$
	}
}
