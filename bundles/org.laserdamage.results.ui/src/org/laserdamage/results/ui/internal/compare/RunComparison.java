package org.laserdamage.results.ui.internal.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.ui.RunLabels;
import org.laserdamage.results.ui.internal.editor.Formats;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.charts.ChartCanvas;

/**
 * Two runs side by side (a window that does not block the workbench): what
 * was run, the peak temperature, each damage criterion's time and margin,
 * and the probe curves of both runs in one chart (the first run solid, the
 * second dashed).
 */
public final class RunComparison extends Dialog {

	public static final String SHELL_KEY = "compare.dialog"; //$NON-NLS-1$
	public static final String TABLE_KEY = "compare.table"; //$NON-NLS-1$
	public static final String CHART_KEY = "compare.chart"; //$NON-NLS-1$

	private static final String NONE = "\u2013"; //$NON-NLS-1$

	private final RunResults first;
	private final RunResults second;

	public RunComparison(Shell parent, RunResults first, RunResults second) {
		super(parent);
		this.first = first;
		this.second = second;
		setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS | SWT.RESIZE | SWT.MAX);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Compare_title);
		shell.setData(LaserDamageUI.WIDGET_KEY, SHELL_KEY);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(LaserDamageUI.WIDGET_KEY, TABLE_KEY);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		new TableColumn(table, SWT.LEFT).setText(""); //$NON-NLS-1$
		new TableColumn(table, SWT.LEFT).setText(NLS.bind(Messages.Compare_run, first.directory().getFileName()));
		new TableColumn(table, SWT.LEFT).setText(NLS.bind(Messages.Compare_run, second.directory().getFileName()));
		for (List<String> row : rows()) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(table);

		ChartCanvas chart = new ChartCanvas(area, SWT.BORDER);
		chart.getControl().setData(LaserDamageUI.WIDGET_KEY, CHART_KEY);
		chart.setChart(ComparisonChart.of(first, second));
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 360).applyTo(chart.getControl());
		return area;
	}

	/** @return the table's rows: a name, then the value of the first and of the second run */
	List<List<String>> rows() {
		Optional<RunSummary> a = first.summary();
		Optional<RunSummary> b = second.summary();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row(Messages.Compare_study, a, b, RunSummary::studyName));
		rows.add(row(Messages.Compare_solver, a, b, s -> s.solverId() + ' ' + s.solverVersion()));
		rows.add(row(Messages.Compare_started, a, b, s -> Formats.instant(s.created())));
		rows.add(row(Messages.Compare_settings, a, b, RunLabels::settings));
		rows.add(row(Messages.Compare_peak, a, b, s -> Formats.temperature(s.peak().temperature())));
		Set<String> criteria = new LinkedHashSet<>();
		a.ifPresent(s -> s.criteria().forEach(c -> criteria.add(c.criterion())));
		b.ifPresent(s -> s.criteria().forEach(c -> criteria.add(c.criterion())));
		for (String id : criteria) {
			String name = Formats.criterion(id);
			rows.add(row(NLS.bind(Messages.Compare_criterionTime, name), a, b, s -> time(s, id)));
			rows.add(row(NLS.bind(Messages.Compare_criterionMargin, name), a, b,
					s -> criterion(s, id).map(Formats::margin).orElse(NONE)));
		}
		return rows;
	}

	private static List<String> row(String name, Optional<RunSummary> a, Optional<RunSummary> b,
			Function<RunSummary, String> value) {
		return List.of(name, a.map(value).orElse(Messages.Compare_unfinished), b.map(value).orElse(Messages.Compare_unfinished));
	}

	private static Optional<CriterionSummary> criterion(RunSummary summary, String id) {
		return summary.criteria().stream().filter(c -> c.criterion().equals(id)).findFirst();
	}

	private static String time(RunSummary summary, String id) {
		return criterion(summary, id).map(c -> c.reached() ? Formats.time(c.time()) : Messages.Compare_notReached)
				.orElse(NONE);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
