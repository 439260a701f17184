package org.laserdamage.ui.testsupport;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.laserdamage.ui.charts.ChartCanvas;

/**
 * The System Health view: its source and status lines and the series of its
 * charts ({@code health.chart.system}, {@code .simulations}, {@code .failures},
 * {@code .licences}). Call from the test thread.
 */
public final class HealthViewPage {

	/** The view's id. */
	public static final String VIEW = "org.laserdamage.monitor.ui.views.health"; //$NON-NLS-1$

	private HealthViewPage() {
	}

	/** Shows the view in the active page. */
	public static HealthViewPage show() {
		Ui.run(() -> {
			try {
				StudyEditorPage.page().showView(VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Ui.waitFor(Ui::workbenchShell, "health.source", Label.class); //$NON-NLS-1$
		return new HealthViewPage();
	}

	/** @return "Source: …" */
	public String source() {
		return text("health.source"); //$NON-NLS-1$
	}

	/** @return what the last reading said */
	public String status() {
		return text("health.status"); //$NON-NLS-1$
	}

	private static String text(String key) {
		Label label = Ui.waitFor(Ui::workbenchShell, key, Label.class);
		return Ui.call(label::getText);
	}

	/** @return series {@code index} of chart {@code chart} ("system", "simulations", "failures", "licences") */
	public TimeSeries series(String chart, int index) {
		Control control = Ui.waitFor(Ui::workbenchShell, "health.chart." + chart, Control.class); //$NON-NLS-1$
		return Ui.call(() -> ((TimeSeriesCollection) ChartCanvas.of(control).getChart().getXYPlot().getDataset())
				.getSeries(index));
	}

	/** @return the newest value of a series, or null (a gap, or none yet) */
	public Number latest(String chart, int index) {
		TimeSeries s = series(chart, index);
		return Ui.call(() -> s.getItemCount() == 0 ? null : s.getValue(s.getItemCount() - 1));
	}

	/** Waits until chart {@code chart}'s series {@code index} has at least {@code points} readings. */
	public HealthViewPage waitForPoints(String chart, int index, int points) {
		Ui.waitUntil(points + " readings in the " + chart + " chart", //$NON-NLS-1$ //$NON-NLS-2$
				() -> {
					TimeSeries s = series(chart, index);
					return Ui.call(s::getItemCount) >= points;
				});
		return this;
	}
}
