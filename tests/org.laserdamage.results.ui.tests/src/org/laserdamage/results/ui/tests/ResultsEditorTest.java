package org.laserdamage.results.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.report.ResultCharts;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.results.ui.internal.editor.CsvExport;
import org.laserdamage.results.ui.internal.editor.Formats;
import org.laserdamage.results.ui.internal.editor.ResultsEditor;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.WorkbenchPreferences;
import org.laserdamage.ui.charts.ChartCanvas;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ResultsPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.Ui;
import org.w3c.dom.Document;

/** The results editor on a run solved for the tests. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class ResultsEditorTest {

	@TempDir
	Path tmp;

	@AfterEach
	void close() {
		Ui.run(() -> page().closeAllEditors(false));
	}

	@Test
	void showsProbeChartAndMeltThroughTime() throws Exception {
		ResultsPage results = open(Runs.finished());
		RunResults run = RunResults.open(Runs.finished());
		CriterionSummary meltThrough = run.summary().orElseThrow().criterion(CriterionKind.MELT_THROUGH).orElseThrow();
		assertTrue(meltThrough.reached(), "the test run must melt through"); //$NON-NLS-1$
		assertEquals(Formats.time(meltThrough.time()), results.text("results.meltThrough")); //$NON-NLS-1$

		results.show(ResultsPage.PROBES_TAB);
		JFreeChart chart = results.waitForChart("results.probeChart"); //$NON-NLS-1$
		XYDataset dataset = ((XYPlot) chart.getPlot()).getDataset();
		assertEquals(run.probes().names().size(), dataset.getSeriesCount());
		for (int s = 0; s < dataset.getSeriesCount(); s++) {
			assertTrue(dataset.getItemCount(s) > 1, "series " + s + " has " + dataset.getItemCount(s) + " items"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		ChartCanvas canvas = results.chart("results.probeChart"); //$NON-NLS-1$
		Ui.waitUntil("the probe chart to be painted", () -> canvas.renderedImage() != null); //$NON-NLS-1$
		ImageData image = Ui.call(canvas::renderedImage);
		assertTrue(Screenshots.colours(image) > 8, "a drawn chart has many colours"); //$NON-NLS-1$
		Screenshots.saveForDocs("results-editor.png"); //$NON-NLS-1$
	}

	@Test
	void probeChartZoomsPansReadsOutAndResets() throws Exception {
		ResultsPage results = open(Runs.finished()).show(ResultsPage.PROBES_TAB);
		JFreeChart chart = results.waitForChart("results.probeChart"); //$NON-NLS-1$
		ChartCanvas canvas = results.chart("results.probeChart"); //$NON-NLS-1$
		Ui.waitUntil("the probe chart to be painted", () -> canvas.plotInfo() != null); //$NON-NLS-1$
		XYPlot plot = (XYPlot) chart.getPlot();
		org.jfree.data.Range time = Ui.call(() -> plot.getDomainAxis().getRange());
		java.awt.geom.Rectangle2D area = Ui.call(() -> canvas.plotInfo().getDataArea());
		int cx = (int) area.getCenterX();
		int cy = (int) area.getCenterY();

		mouse(canvas, org.eclipse.swt.SWT.MouseVerticalWheel, cx, cy, 0, 3);
		org.jfree.data.Range zoomed = Ui.call(() -> plot.getDomainAxis().getRange());
		assertTrue(zoomed.getLength() < time.getLength() * 0.9, "the wheel zooms in: " + time + " -> " + zoomed); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(zoomed.contains(plot.getDomainAxis().java2DToValue(cx, area, plot.getDomainAxisEdge())));

		mouse(canvas, org.eclipse.swt.SWT.MouseDown, cx, cy, 0, 1);
		mouse(canvas, org.eclipse.swt.SWT.MouseMove, cx + 60, cy, org.eclipse.swt.SWT.BUTTON1, 0);
		mouse(canvas, org.eclipse.swt.SWT.MouseUp, cx + 60, cy, org.eclipse.swt.SWT.BUTTON1, 1);
		org.jfree.data.Range panned = Ui.call(() -> plot.getDomainAxis().getRange());
		assertTrue(panned.getLowerBound() < zoomed.getLowerBound(), "dragging right shows earlier times: " + zoomed + " -> " + panned); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(zoomed.getLength(), panned.getLength(), zoomed.getLength() * 1e-6);

		Ui.processEvents();
		java.awt.geom.Rectangle2D drawn = Ui.call(() -> canvas.plotInfo().getDataArea());
		XYDataset dataset = plot.getDataset();
		int item = dataset.getItemCount(0) / 2;
		int px = Ui.call(() -> (int) Math.round(plot.getDomainAxis().valueToJava2D(dataset.getXValue(0, item), drawn, plot.getDomainAxisEdge())));
		int py = Ui.call(() -> (int) Math.round(plot.getRangeAxis().valueToJava2D(dataset.getYValue(0, item), drawn, plot.getRangeAxisEdge())));
		mouse(canvas, org.eclipse.swt.SWT.MouseMove, px, py, 0, 0);
		Label readout = results.control("results.probeChart.readout", Label.class); //$NON-NLS-1$
		String text = Ui.call(readout::getText);
		assertTrue(text.startsWith(dataset.getSeriesKey(0) + ": Time"), text); //$NON-NLS-1$

		org.eclipse.swt.widgets.ToolBar bar = results.control("results.probeChart.toolbar", org.eclipse.swt.widgets.ToolBar.class); //$NON-NLS-1$
		Ui.run(() -> Arrays.stream(bar.getItems()).filter(i -> "results.probeChart.reset".equals(i.getData(org.laserdamage.ui.LaserDamageUI.WIDGET_KEY))) //$NON-NLS-1$
				.findFirst().orElseThrow().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
		assertEquals(time, Ui.call(() -> plot.getDomainAxis().getRange()), "Reset View shows the whole run again"); //$NON-NLS-1$
	}

	@Test
	void mapsShareTheColourScaleOfTheRunUnlessEachSnapshotHasItsOwn() throws Exception {
		RunResults run = RunResults.open(Runs.finished());
		double[] whole = ResultCharts.temperatureRange(run);
		ResultsPage results = open(Runs.finished()).show(ResultsPage.MAP_TAB);
		JFreeChart last = results.waitForChart("results.mapChart"); //$NON-NLS-1$
		assertArrayEquals(whole, colourScale(last), 1e-9);

		ChartCanvas canvas = results.chart("results.mapChart"); //$NON-NLS-1$
		results.slideTo(0);
		Ui.waitUntil("the map of the first snapshot", () -> canvas.getChart() != last); //$NON-NLS-1$
		JFreeChart first = Ui.call(canvas::getChart);
		assertArrayEquals(whole, colourScale(first), 1e-9, "the scale stays across the slider"); //$NON-NLS-1$

		org.eclipse.swt.widgets.Button own = results.control("results.ownColourScale", org.eclipse.swt.widgets.Button.class); //$NON-NLS-1$
		Ui.run(() -> {
			own.setSelection(true);
			own.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		Ui.waitUntil("the first map on its own scale", () -> canvas.getChart() != first); //$NON-NLS-1$
		double[] ownScale = colourScale(Ui.call(canvas::getChart));
		assertTrue(ownScale[1] < whole[1], "the first snapshot is cooler than the run's hottest: " //$NON-NLS-1$
				+ Arrays.toString(ownScale) + " vs " + Arrays.toString(whole)); //$NON-NLS-1$
	}

	@Test
	void mapAndWarningsFollowTheDisplayUnits() throws Exception {
		String boiling = "The peak temperature 3200 K exceeds the boiling point of AISI 304 (3090 K). Read the result up to that point."; //$NON-NLS-1$
		String film = "A film coefficient of 10 W/(m^2 K) is assumed"; //$NON-NLS-1$
		Path run = withWarnings(tmp.resolve("units"), boiling, film); //$NON-NLS-1$
		RunResults data = RunResults.open(run);
		int last = data.snapshots().size() - 1;
		double[] whole = ResultCharts.temperatureRange(data);
		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.LENGTH_UNIT, DisplayUnits.Unit.MICROMETRE.name());
		try {
			ResultsPage results = open(run);
			assertEquals(List.of("The peak temperature 2927 \u00b0C exceeds the boiling point of AISI 304 (2817 \u00b0C)." //$NON-NLS-1$
					+ " Read the result up to that point.", film), results.warnings()); //$NON-NLS-1$
			results.show(ResultsPage.MAP_TAB);
			JFreeChart map = results.waitForChart("results.mapChart"); //$NON-NLS-1$
			XYPlot plot = (XYPlot) map.getPlot();
			assertEquals("r (\u00b5m)", plot.getDomainAxis().getLabel()); //$NON-NLS-1$
			assertEquals("z, depth below the front face (\u00b5m)", plot.getRangeAxis().getLabel()); //$NON-NLS-1$
			double rFace = data.mesh().orElseThrow().mesh().rFaces()[1];
			org.jfree.data.xy.IntervalXYDataset cells = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset();
			assertEquals(rFace * 1e6, cells.getEndXValue(0, 0), 1e-9 * rFace * 1e6, "r of the first cell's outer face in µm"); //$NON-NLS-1$
			double kelvin = data.loadSnapshot(last).temperature()[0];
			assertEquals(kelvin - 273.15, ((org.jfree.data.xy.XYZDataset) cells).getZValue(0, 0), 1e-9,
					"the read-out gives the cell's temperature in °C"); //$NON-NLS-1$
			assertArrayEquals(new double[] { whole[0] - 273.15, whole[1] - 273.15 }, colourScale(map), 1e-9);
			org.jfree.chart.title.PaintScaleLegend legend = (org.jfree.chart.title.PaintScaleLegend) map.getSubtitles()
					.stream().filter(org.jfree.chart.title.PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
			assertEquals("Temperature (\u00b0C)", legend.getAxis().getLabel()); //$NON-NLS-1$
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.LENGTH_UNIT);
		}
	}

	/** @return a copy of the finished run in {@code folder} whose summary.json lists {@code warnings} (no quotes in them) */
	private static Path withWarnings(Path folder, String... warnings) throws Exception {
		Path run = Runs.copy(folder);
		Path summary = run.resolve(RunDirectory.SUMMARY);
		String json = Files.readString(summary);
		// "warnings" is the last key of summary.json
		Files.writeString(summary, json.substring(0, json.lastIndexOf("\"warnings\"")) //$NON-NLS-1$
				+ "\"warnings\": [\"" + String.join("\", \"", warnings) + "\"]\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return run;
	}

	private static double[] colourScale(JFreeChart chart) {
		org.jfree.chart.title.PaintScaleLegend legend = (org.jfree.chart.title.PaintScaleLegend) chart.getSubtitles().stream()
				.filter(org.jfree.chart.title.PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
		return new double[] { legend.getScale().getLowerBound(), legend.getScale().getUpperBound() };
	}

	@Test
	void eventLabelsSitOnTheSideOfTheirLineThatHasRoom() throws Exception {
		ResultsPage results = open(Runs.finished()).show(ResultsPage.PROBES_TAB);
		XYPlot plot = (XYPlot) results.waitForChart("results.probeChart").getPlot(); //$NON-NLS-1$
		java.util.Collection<?> markers = Ui.call(() -> plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
		double end = Ui.call(() -> plot.getDataset().getXValue(0, plot.getDataset().getItemCount(0) - 1));
		assertTrue(markers.size() >= 2, "melt onset and melt-through are marked: " + markers.size()); //$NON-NLS-1$
		for (Object o : markers) {
			org.jfree.chart.plot.ValueMarker marker = (org.jfree.chart.plot.ValueMarker) o;
			// text that runs away from the nearer edge of the plot is never cut off by it
			org.jfree.chart.ui.TextAnchor expected = marker.getValue() < end / 2 ? org.jfree.chart.ui.TextAnchor.TOP_LEFT
					: org.jfree.chart.ui.TextAnchor.TOP_RIGHT;
			assertEquals(expected, marker.getLabelTextAnchor(), marker.getLabel() + " at " + marker.getValue() + " of " + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A mouse event on the chart, as the canvas gets it from SWT (posted events land at the screen origin under Xvfb). */
	private static void mouse(ChartCanvas canvas, int type, int x, int y, int stateMask, int countOrButton) {
		Ui.run(() -> {
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.x = x;
			event.y = y;
			event.stateMask = stateMask;
			if (type == org.eclipse.swt.SWT.MouseVerticalWheel) {
				event.count = countOrButton;
			} else if (type != org.eclipse.swt.SWT.MouseMove) {
				event.button = countOrButton;
			}
			canvas.getControl().notifyListeners(type, event);
		});
	}

	@Test
	void editorTabAndTooltipTellRunsApartBySettings() throws Exception {
		RunSummary summary = RunResults.open(Runs.finished()).summary().orElseThrow();
		IEditorPart editor = open(Runs.finished()).editor();
		String power = DisplayUnits.current().power().format(1000);
		Ui.waitUntil("the study and the power in the editor tab", //$NON-NLS-1$
				() -> editor.getTitle().startsWith(summary.studyName() + " \u00b7 " + power + " \u00b7 ")); //$NON-NLS-1$ //$NON-NLS-2$
		String tip = Ui.call(editor::getTitleToolTip);
		assertTrue(tip.contains(summary.solverId()), tip);
		assertTrue(tip.contains(power + ", w = 1 mm, until " + Formats.time(summary.finalTime())), tip); //$NON-NLS-1$
		assertTrue(tip.contains(Runs.finished().toString()), tip);
	}

	@Test
	void anOpenEditorFollowsAChangeOfTheDisplayUnits() throws Exception {
		ResultsPage results = open(Runs.finished());
		results.waitForText("results.peak", text -> text.contains(" K at t = ")); //$NON-NLS-1$ //$NON-NLS-2$
		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.POWER_UNIT, DisplayUnits.Unit.KILOWATT.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.LENGTH_UNIT, DisplayUnits.Unit.MICROMETRE.name());
		try {
			String peak = results.waitForText("results.peak", text -> text.contains(" \u00b0C at t = ")); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(peak.contains("E-"), peak); //$NON-NLS-1$
			Ui.waitUntil("the power in kW in the editor tab", //$NON-NLS-1$
					() -> results.editor().getTitle().contains(" \u00b7 1 kW \u00b7 ")); //$NON-NLS-1$
			String meltThrough = results.waitForText("results.meltThrough", text -> !text.isEmpty()); //$NON-NLS-1$
			assertFalse(meltThrough.contains("E-"), meltThrough); //$NON-NLS-1$
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.POWER_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.LENGTH_UNIT);
		}
	}

	@Test
	void summaryListsTheWarningsOfTheRunWithAnIcon() throws Exception {
		String boiling = "The front surface exceeds the boiling point of AISI 304 (3,090 K) at 0.12 s"; //$NON-NLS-1$
		String mesh = "The mesh is too coarse for the beam: 2 cells across its radius [target.layers[0]]"; //$NON-NLS-1$
		Path run = withWarnings(tmp.resolve("warned"), boiling, mesh); //$NON-NLS-1$
		assertEquals(List.of(boiling, mesh), RunResults.open(run).summary().orElseThrow().warnings());

		assertEquals(List.of(boiling, mesh), open(run).warnings());
	}

	/** A run made with the discretisation check shows its estimates in the summary; a temperature error stays in K. */
	@Test
	void summaryShowsTheEstimatedDiscretisationErrors() throws Exception {
		Path run = Runs.copy(tmp.resolve("verified")); //$NON-NLS-1$
		Path file = run.resolve(RunDirectory.SUMMARY);
		VerificationSummary check = new VerificationSummary(2, List.of("60 × 20 cells", "30 × 10 cells", "15 × 5 cells"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(DiscretisationEstimate.of("melt-onset", "s", 4.077e-3, 4.044e-3, 3.9e-3, 2, 0), //$NON-NLS-1$ //$NON-NLS-2$
						DiscretisationEstimate.of(DiscretisationEstimate.PEAK_TEMPERATURE, "K", 1308, 1332, 1428, 2, 300)), //$NON-NLS-1$
				null);
		SummaryJson.write(SummaryJson.read(file).withVerification(check, List.of()), file);
		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		try {
			String shown = open(run).waitForText("results.verification", text -> !text.isEmpty()); //$NON-NLS-1$
			assertTrue(shown.contains("Peak temperature -8 K (-0.79 %, order 2.0 observed)"), shown); //$NON-NLS-1$
			assertTrue(shown.startsWith("Melt onset +"), shown); //$NON-NLS-1$
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
		}
	}

	@Test
	void marginsAreDifferencesInKelvinThatSayWhatTheirSignMeans() throws Exception {
		DisplayUnits celsius = new DisplayUnits(DisplayUnits.Unit.CELSIUS, DisplayUnits.Unit.WATT,
				DisplayUnits.Unit.MILLIMETRE);
		assertEquals("395 K below the threshold", celsius.formatMargin(395, "K")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("12 K above the threshold", celsius.formatMargin(-12, "K")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("0.42 mm of solid left", celsius.formatMargin(4.2e-4, "m")); //$NON-NLS-1$ //$NON-NLS-2$

		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		try {
			ResultsPage results = open(Runs.finished());
			org.eclipse.swt.widgets.Table table = results.table("results.damageTable"); //$NON-NLS-1$
			List<String> margins = Ui.call(() -> Arrays.stream(table.getItems()).map(i -> i.getText(3)).toList());
			List<CriterionSummary> criteria = RunResults.open(Runs.finished()).summary().orElseThrow().criteria();
			assertEquals(criteria.size(), margins.size());
			for (int i = 0; i < criteria.size(); i++) {
				CriterionSummary c = criteria.get(i);
				String margin = margins.get(i);
				assertFalse(margin.contains("\u00b0C"), margin); //$NON-NLS-1$
				if (!Double.isFinite(c.margin())) {
					continue;
				}
				if ("K".equals(c.marginUnit())) { //$NON-NLS-1$
					String side = c.margin() < 0 ? "above" : "below"; //$NON-NLS-1$ //$NON-NLS-2$
					assertTrue(margin.matches("[0-9.]+ K " + side + " the threshold"), margin); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					assertTrue(margin.endsWith(" of solid left"), margin); //$NON-NLS-1$
				}
			}
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
		}
	}

	@Test
	void csvExportStartsInTheRunFolder() throws Exception {
		Path run = Runs.finished();
		FileDialog dialog = Ui.call(() -> CsvExport.dialog(Ui.workbenchShell(), run, "probes.csv")); //$NON-NLS-1$
		assertEquals(run.toString(), Ui.call(dialog::getFilterPath));
		assertEquals(run.getFileName() + "-probes.csv", Ui.call(dialog::getFileName), //$NON-NLS-1$
				"named after the run, so it never replaces the run's probes.csv"); //$NON-NLS-1$
	}

	@Test
	void probeChartFollowsTheTemperatureUnitOfThePreferences() throws Exception {
		org.laserdamage.ui.WorkbenchPreferences.node().put(org.laserdamage.ui.WorkbenchPreferences.TEMPERATURE_UNIT,
				org.laserdamage.ui.DisplayUnits.Unit.CELSIUS.name());
		try {
			ResultsPage results = open(Runs.finished()).show(ResultsPage.PROBES_TAB);
			XYPlot plot = (XYPlot) results.waitForChart("results.probeChart").getPlot(); //$NON-NLS-1$
			assertEquals("Temperature (\u00b0C)", plot.getRangeAxis().getLabel()); //$NON-NLS-1$
			RunResults run = RunResults.open(Runs.finished());
			double kelvin = run.probes().temperatures(0)[0];
			assertEquals(kelvin - 273.15, plot.getDataset().getYValue(0, 0), 1e-9);
		} finally {
			org.laserdamage.ui.WorkbenchPreferences.node().remove(org.laserdamage.ui.WorkbenchPreferences.TEMPERATURE_UNIT);
		}
	}

	@Test
	void timeSliderShowsFirstAndLastSnapshot() throws Exception {
		ResultsPage results = open(Runs.finished()).show(ResultsPage.MAP_TAB);
		int last = RunResults.open(Runs.finished()).snapshots().size() - 1;
		assertTrue(last > 1, "the run has several snapshots"); //$NON-NLS-1$
		assertEquals(last, results.sliderMaximum());
		String lastLabel = waitForSnapshot(results, last);
		String lastTitle = title(results);

		results.slideTo(0);
		String firstLabel = waitForSnapshot(results, 0);
		assertNotEquals(lastLabel, firstLabel);
		assertNotEquals(lastTitle, title(results));

		results.slideTo(last);
		assertEquals(lastLabel, waitForSnapshot(results, last));
		assertEquals(lastTitle, title(results));
	}

	@Test
	void probesCsvHoldsTheValuesOfProbesCsv() throws Exception {
		ResultsPage results = open(Runs.finished());
		RunResults run = Ui.call(() -> ((ResultsEditor) results.editor()).results());
		Path file = tmp.resolve("probes-export.csv"); //$NON-NLS-1$
		ResultsCsv.write(file, ResultsCsv.probes(run.probes()));
		List<String> exported = Files.readAllLines(file);
		List<String> original = Files.readAllLines(Runs.finished().resolve(RunDirectory.PROBES));
		assertEquals(original.get(0), exported.get(0));
		assertEquals(original.size(), exported.size());
		for (int row = 1; row < original.size(); row++) {
			assertEquals(values(original.get(row)), values(exported.get(row)), "row " + row); //$NON-NLS-1$
		}
	}

	@Test
	void svgExportIsVector() throws Exception {
		ResultsPage results = open(Runs.finished()).show(ResultsPage.PROBES_TAB);
		results.waitForChart("results.probeChart"); //$NON-NLS-1$
		ChartCanvas canvas = results.chart("results.probeChart"); //$NON-NLS-1$
		File file = tmp.resolve("probes.svg").toFile(); //$NON-NLS-1$
		Ui.run(() -> {
			try {
				canvas.exportSvg(file);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// Batik names the SVG 1.0 DTD; the tests run offline
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
		Document svg = factory.newDocumentBuilder().parse(file);
		assertEquals("svg", svg.getDocumentElement().getTagName()); //$NON-NLS-1$
		int shapes = svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("line").getLength(); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(shapes > 0, "an SVG of a line chart has paths or lines"); //$NON-NLS-1$
	}

	@Test
	void unfinishedRunShowsBannerAndRefreshFindsTheSummary() throws Exception {
		Path run = Runs.copy(tmp.resolve("unfinished")); //$NON-NLS-1$
		Path summary = run.resolve(RunDirectory.SUMMARY);
		Path aside = tmp.resolve("summary.json.aside"); //$NON-NLS-1$
		Files.move(summary, aside);
		ResultsPage results = open(run);
		assertTrue(results.text("results.banner").contains("did not finish"), results.text("results.banner")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double meltThrough = RunResults.open(run).events().stream()
				.filter(e -> e.criterion().equals(CriterionSummary.id(CriterionKind.MELT_THROUGH))).findFirst()
				.orElseThrow().time();
		assertEquals(Formats.time(meltThrough), results.text("results.meltThrough")); //$NON-NLS-1$

		Files.move(aside, summary);
		Ui.run(() -> ((ResultsEditor) results.editor()).refresh());
		Ui.waitUntil("the banner to go after the refresh", () -> !results.has("results.banner") //$NON-NLS-1$ //$NON-NLS-2$
				&& ((ResultsEditor) results.editor()).results() != null);
	}

	@Test
	void openingTheSameRunAgainReusesTheEditor() throws Exception {
		Path run = Runs.finished();
		IEditorPart first = Ui.call(() -> openEditor(run));
		IEditorPart second = Ui.call(() -> openEditor(run.resolve("fields/.."))); //$NON-NLS-1$
		assertEquals(first, second);
		assertEquals(1, Ui.call(() -> page().getEditorReferences().length));
		assertFalse(Ui.call(first::isDirty));
	}

	private static String waitForSnapshot(ResultsPage results, int index) {
		String prefix = "Snapshot " + (index + 1) + " of"; //$NON-NLS-1$ //$NON-NLS-2$
		Label time = results.control("results.snapshotTime", Label.class); //$NON-NLS-1$
		Ui.waitUntil("the map of snapshot " + index, () -> time.getText().startsWith(prefix)); //$NON-NLS-1$
		return Ui.call(time::getText);
	}

	private static String title(ResultsPage results) {
		JFreeChart chart = results.waitForChart("results.mapChart"); //$NON-NLS-1$
		return Ui.call(() -> chart.getTitle().getText());
	}

	private static List<Double> values(String line) {
		return Arrays.stream(line.split(",")).map(Double::valueOf).toList(); //$NON-NLS-1$
	}

	private static ResultsPage open(Path run) {
		return ResultsPage.of(Ui.call(() -> openEditor(run)));
	}

	private static IEditorPart openEditor(Path run) {
		try {
			return ResultsUI.open(page(), run);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
