package org.laserdamage.results.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.charts.ChartCanvas;
import org.laserdamage.ui.charts.ChartToolBar;

/**
 * The probe temperatures against time: the HTML report's chart, drawn in the
 * display unit of temperatures (K or °C), with a toolbar (reset view, export,
 * the value under the pointer).
 */
final class ProbesTab {

	static final String TAB_KEY = "results.tab.probes"; //$NON-NLS-1$
	static final String CHART_KEY = "results.probeChart"; //$NON-NLS-1$
	static final String EXPORT_KEY = "results.exportProbes"; //$NON-NLS-1$

	private ProbesTab() {
	}

	static CTabItem create(CTabFolder folder, LoadedRun run) {
		CTabItem item = Tables.tab(folder, Messages.Tab_probes, TAB_KEY);
		Composite page = (Composite) item.getControl();
		page.setLayout(new GridLayout());
		ChartCanvas chart = new ChartCanvas(page, SWT.NONE);
		chart.getControl().setData(LaserDamageUI.WIDGET_KEY, CHART_KEY);
		chart.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.setChart(run.probeChart());
		Composite bar = ChartToolBar.create(page, chart, CHART_KEY);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.moveAbove(chart.getControl());
		CsvExport.button(page, EXPORT_KEY, run.results().directory(), "probes.csv", //$NON-NLS-1$
				() -> ResultsCsv.probes(run.results().probes()));
		return item;
	}
}
