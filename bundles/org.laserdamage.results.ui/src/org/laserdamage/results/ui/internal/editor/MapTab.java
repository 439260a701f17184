package org.laserdamage.results.ui.internal.editor;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.jfree.chart.JFreeChart;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.SnapshotEntry;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;
import org.laserdamage.ui.charts.ChartCanvas;
import org.laserdamage.ui.charts.ChartToolBar;

/**
 * The r–z temperature map of one snapshot, chosen with a time slider. Each
 * map is drawn by a {@link SnapshotJob}; the map is in K like the report's.
 * The colour scale spans the whole run, so that maps compare across the
 * slider, or (a check box) each snapshot's own field.
 */
final class MapTab {

	static final String TAB_KEY = "results.tab.map"; //$NON-NLS-1$
	static final String CHART_KEY = "results.mapChart"; //$NON-NLS-1$
	static final String SLIDER_KEY = "results.timeSlider"; //$NON-NLS-1$
	static final String TIME_KEY = "results.snapshotTime"; //$NON-NLS-1$
	static final String EXPORT_KEY = "results.exportSnapshot"; //$NON-NLS-1$
	static final String OWN_SCALE_KEY = "results.ownColourScale"; //$NON-NLS-1$

	private final LoadedRun run;
	private final ChartCanvas chart;
	private final Label time;
	private int shown = -1;

	private MapTab(Composite page, LoadedRun run) {
		this.run = run;
		List<SnapshotEntry> snapshots = run.results().snapshots();
		chart = new ChartCanvas(page, SWT.NONE);
		chart.getControl().setData(LaserDamageUI.WIDGET_KEY, CHART_KEY);
		chart.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		Composite bar = ChartToolBar.create(page, chart, CHART_KEY);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		bar.moveAbove(chart.getControl());
		Scale slider = new Scale(page, SWT.HORIZONTAL);
		slider.setData(LaserDamageUI.WIDGET_KEY, SLIDER_KEY);
		slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		time = new Label(page, SWT.NONE);
		time.setData(LaserDamageUI.WIDGET_KEY, TIME_KEY);
		time.setText(Messages.Map_drawing);
		GridData timeData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		timeData.widthHint = 280;
		time.setLayoutData(timeData);
		CsvExport.button(page, EXPORT_KEY, run.results().directory(), "temperature-map.csv", () -> out -> { //$NON-NLS-1$
			int index = Math.max(shown, 0);
			RunResults results = run.results();
			ResultsCsv.snapshot(results.mesh().orElseThrow(), results.loadSnapshot(index)).writeTo(out);
		});
		int last = snapshots.size() - 1;
		slider.setMinimum(0);
		slider.setMaximum(Math.max(last, 1));
		slider.setPageIncrement(Math.max(1, snapshots.size() / 10));
		slider.setSelection(last);
		slider.setEnabled(last > 0);
		// the display is read here: the job's thread must not touch the page, which may be disposed by then
		Display display = page.getDisplay();
		SnapshotJob job = new SnapshotJob(run, (index, map) -> UiThread.asyncExec(display, () -> show(index, map)));
		slider.addListener(SWT.Selection, event -> job.show(slider.getSelection()));
		Button ownScale = new Button(page, SWT.CHECK);
		ownScale.setText(Messages.Map_ownScale);
		ownScale.setToolTipText(Messages.Map_ownScaleTip);
		ownScale.setData(LaserDamageUI.WIDGET_KEY, OWN_SCALE_KEY);
		ownScale.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
		ownScale.addListener(SWT.Selection, event -> {
			job.ownScale(ownScale.getSelection());
			job.show(slider.getSelection());
		});
		page.addListener(SWT.Dispose, event -> job.cancel());
		job.show(last);
	}

	static CTabItem create(CTabFolder folder, LoadedRun run) {
		CTabItem item = Tables.tab(folder, Messages.Tab_map, TAB_KEY);
		Composite page = (Composite) item.getControl();
		if (run.results().snapshots().isEmpty() || run.results().mesh().isEmpty()) {
			page.setLayout(new GridLayout());
			new Label(page, SWT.WRAP).setText(Messages.Map_none);
			return item;
		}
		page.setLayout(new GridLayout(3, false));
		new MapTab(page, run);
		return item;
	}

	private void show(int index, JFreeChart map) {
		if (time.isDisposed()) {
			return;
		}
		SnapshotEntry entry = run.results().snapshots().get(index);
		shown = index;
		chart.setChart(map);
		time.setText(NLS.bind(Messages.Map_time, new Object[] { index + 1, run.results().snapshots().size(),
				Formats.time(entry.time()), entry.label() }));
	}
}
