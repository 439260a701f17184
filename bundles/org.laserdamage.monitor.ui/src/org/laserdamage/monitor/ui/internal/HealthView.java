package org.laserdamage.monitor.ui.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.RangeType;
import org.jfree.data.time.Second;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.laserdamage.monitor.IMetricSource;
import org.laserdamage.monitor.LocalMetricSource;
import org.laserdamage.monitor.SampleHistory;
import org.laserdamage.monitor.SystemSample;
import org.laserdamage.monitor.ui.MonitorUI;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;
import org.laserdamage.ui.charts.ChartCanvas;

/**
 * System Health: live charts of CPU, memory and disk, active and queued
 * simulations, the failure rate and the ANSYS licences, read from this
 * workbench or from a server (Preferences &gt; Laser Damage &gt; Monitoring)
 * every few seconds by a background job, so the UI never waits for the
 * network. The last {@value #HISTORY_MINUTES} minutes are kept.
 */
public final class HealthView extends ViewPart {

	static final int HISTORY_MINUTES = 30;
	private static final java.awt.Font TITLE_FONT = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	/** The series of every chart, by key: the chart key, then the series. */
	private final Map<String, TimeSeries> series = new LinkedHashMap<>();
	private final Map<String, ChartCanvas> charts = new LinkedHashMap<>();
	private SampleHistory history = new SampleHistory(Duration.ofMinutes(HISTORY_MINUTES));
	private Label source;
	private Label status;
	private Display display;
	private Sampler sampler;
	private String sourceLabel = ""; //$NON-NLS-1$
	private volatile boolean disposed;
	private final IEclipsePreferences.IPreferenceChangeListener preferences = e -> {
		if (sampler != null) {
			sampler.cancel();
			sampler.schedule();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new GridLayout(2, true));
		Composite heading = new Composite(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		heading.setLayout(new GridLayout(2, false));
		source = new Label(heading, SWT.NONE);
		source.setData(LaserDamageUI.WIDGET_KEY, "health.source"); //$NON-NLS-1$
		source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Link settings = new Link(heading, SWT.NONE);
		settings.setText("<a>" + Messages.Health_settings + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		settings.addListener(SWT.Selection, e -> PreferencesUtil
				.createPreferenceDialogOn(parent.getShell(), MonitorUI.PREFERENCE_PAGE, null, null).open());
		status = new Label(heading, SWT.NONE);
		status.setData(LaserDamageUI.WIDGET_KEY, "health.status"); //$NON-NLS-1$
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		chart(parent, "system", Messages.Health_systemChart, Messages.Health_percent, true, //$NON-NLS-1$
				Messages.Health_cpu, Messages.Health_memory, Messages.Health_disk);
		chart(parent, "simulations", Messages.Health_simulationsChart, Messages.Health_count, false, //$NON-NLS-1$
				Messages.Health_active, Messages.Health_queued);
		chart(parent, "failures", Messages.Health_failureChart, Messages.Health_percent, true, //$NON-NLS-1$
				Messages.Health_failureRate);
		chart(parent, "licences", Messages.Health_licenceChart, Messages.Health_count, false, //$NON-NLS-1$
				Messages.Health_licencesUsed, Messages.Health_licencesTotal);
		MonitorSettings.node().addPreferenceChangeListener(preferences);
		sampler = new Sampler();
		sampler.schedule();
	}

	private void chart(Composite parent, String key, String title, String unit, boolean percent, String... names) {
		TimeSeriesCollection dataset = new TimeSeriesCollection();
		for (int i = 0; i < names.length; i++) {
			TimeSeries s = new TimeSeries(names[i]);
			s.setMaximumItemAge(HISTORY_MINUTES * 60L);
			dataset.addSeries(s);
			series.put(key + '.' + i, s);
		}
		JFreeChart chart = ChartFactory.createTimeSeriesChart(title, Messages.Health_time, unit, dataset, true, true, false);
		chart.getTitle().setFont(TITLE_FONT);
		NumberAxis range = (NumberAxis) chart.getXYPlot().getRangeAxis();
		if (percent) {
			range.setRange(0, 100);
		} else {
			range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			range.setAutoRangeMinimumSize(5);
			range.setRangeType(RangeType.POSITIVE); // counts: the axis starts at 0
		}
		ChartCanvas canvas = new ChartCanvas(parent, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.minimumHeight = 120;
		data.minimumWidth = 200;
		canvas.getControl().setLayoutData(data);
		canvas.getControl().setData(LaserDamageUI.WIDGET_KEY, "health.chart." + key); //$NON-NLS-1$
		canvas.setChart(chart);
		charts.put(key, canvas);
	}

	/** Reads a sample in the background and reschedules itself; the source is chosen anew at every reading. */
	private final class Sampler extends Job {

		Sampler() {
			super(Messages.Health_jobName);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			String label;
			SystemSample sample = null;
			String problem = null;
			try {
				IMetricSource metrics = source();
				label = metrics.label();
				sample = metrics.sample(monitor);
			} catch (CoreException e) {
				label = MonitorSettings.showsServer() ? MonitorSettings.serverUrl() : Messages.Health_local;
				problem = e.getStatus().getMessage();
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			String shownLabel = label;
			SystemSample read = sample;
			String failure = problem;
			UiThread.asyncExec(display, () -> show(shownLabel, read, failure));
			if (!disposed && !monitor.isCanceled()) {
				schedule(MonitorSettings.refreshSeconds() * 1000L);
			}
			return Status.OK_STATUS;
		}
	}

	private static IMetricSource source() throws CoreException {
		if (MonitorSettings.showsServer()) {
			return MonitorSettings.client();
		}
		return new LocalMetricSource(WorkbenchJobs.store(), WorkbenchJobs.store().root(), Messages.Health_local);
	}

	/** Shows a reading (UI thread); a new source starts the charts again. */
	private void show(String label, SystemSample sample, String problem) {
		if (source == null || source.isDisposed()) {
			return;
		}
		if (!label.equals(sourceLabel)) {
			sourceLabel = label;
			history = new SampleHistory(Duration.ofMinutes(HISTORY_MINUTES));
			series.values().forEach(TimeSeries::clear);
			source.setText(NLS.bind(Messages.Health_source, label));
			source.getParent().layout();
		}
		if (sample == null) {
			status.setText(NLS.bind(Messages.Health_unreadable, problem));
			status.setToolTipText(problem);
			return;
		}
		history.add(sample);
		Second at = new Second(Date.from(sample.time()));
		put("system.0", at, sample.cpuPercent()); //$NON-NLS-1$
		put("system.1", at, sample.memoryPercent()); //$NON-NLS-1$
		put("system.2", at, sample.diskPercent()); //$NON-NLS-1$
		put("simulations.0", at, (double) sample.active()); //$NON-NLS-1$
		put("simulations.1", at, (double) sample.queued()); //$NON-NLS-1$
		Optional<Double> failures = history.failureRatePercent();
		put("failures.0", at, failures.orElse(null)); //$NON-NLS-1$
		put("licences.0", at, sample.licencesUsed() == null ? null : sample.licencesUsed().doubleValue()); //$NON-NLS-1$
		put("licences.1", at, sample.licencesTotal() == null ? null : sample.licencesTotal().doubleValue()); //$NON-NLS-1$
		charts.get("licences").getChart().getXYPlot().setNoDataMessage(Messages.Health_noLicences); //$NON-NLS-1$
		status.setText(NLS.bind(Messages.Health_read, new Object[] { TIME.format(sample.time()), sample.active(),
				sample.queued(), failures.map(f -> String.format("%.1f %%", f)).orElse("–") })); //$NON-NLS-1$ //$NON-NLS-2$
		status.setToolTipText(null);
		status.getParent().layout();
	}

	private void put(String key, Second at, Double value) {
		series.get(key).addOrUpdate(at, value);
	}

	/** @return the samples shown, for tests */
	public SampleHistory history() {
		return history;
	}

	/** @return the series of chart {@code key} ("system", "simulations", "failures", "licences"), for tests */
	public TimeSeries series(String chart, int index) {
		return series.get(chart + '.' + index);
	}

	/** Reads again now (after a preference change, or for tests). */
	public void refreshNow() {
		sampler.cancel();
		sampler.schedule();
	}

	@Override
	public void setFocus() {
		charts.values().iterator().next().getControl().setFocus();
	}

	@Override
	public void dispose() {
		disposed = true;
		MonitorSettings.node().removePreferenceChangeListener(preferences);
		if (sampler != null) {
			sampler.cancel();
		}
		super.dispose();
	}
}
