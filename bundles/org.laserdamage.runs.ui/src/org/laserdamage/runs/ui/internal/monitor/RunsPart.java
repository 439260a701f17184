package org.laserdamage.runs.ui.internal.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.laserdamage.core.RunState;
import org.laserdamage.runs.ui.internal.LocalRuns;
import org.laserdamage.runs.ui.internal.RunRecord;
import org.laserdamage.ui.LaserDamageUI;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Runs monitor (an e4 part): every local run of this session with its
 * state — queued, waiting (and why), running, succeeded, failed, cancelled —
 * its times, and a menu to cancel a run or open its results.
 */
public final class RunsPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	@Inject
	private UISynchronize sync;

	private TableViewer viewer;
	private final Consumer<RunRecord> listener = record -> sync.asyncExec(this::refresh);
	private boolean ticking;

	@PostConstruct
	public void create(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		parent.setLayout(new FillLayout());
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, "runs.table"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.Runs_study, 3, s -> s.study().getFullPath().toString());
		column(layout, Messages.Runs_state, 2, s -> s.state().name().toLowerCase(java.util.Locale.ROOT));
		column(layout, Messages.Runs_queued, 2, s -> TIME.format(s.queued()));
		column(layout, Messages.Runs_duration, 2, RunsPart::duration);
		column(layout, Messages.Runs_details, 6, s -> s.reason() != null ? s.reason()
				: s.message() != null ? s.message() : s.runDirectory() == null ? "" : s.runDirectory().toString()); //$NON-NLS-1$
		createMenu();
		LocalRuns.getDefault().addListener(listener);
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<RunRecord.Snapshot, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RunRecord.Snapshot) element);
			}
		});
	}

	private static String duration(RunRecord.Snapshot run) {
		if (run.started() == null) {
			return ""; //$NON-NLS-1$
		}
		Instant end = run.ended() == null ? Instant.now() : run.ended();
		long seconds = Duration.between(run.started(), end).toSeconds();
		return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60); //$NON-NLS-1$
	}

	private void createMenu() {
		Menu menu = new Menu(viewer.getTable());
		MenuItem cancel = new MenuItem(menu, SWT.PUSH);
		cancel.setText(Messages.Runs_cancel);
		cancel.addListener(SWT.Selection, e -> selected().forEach(s -> s.record().job().cancel()));
		menu.addListener(SWT.Show, e -> cancel.setEnabled(selected().stream().anyMatch(s -> !s.state().isFinal())));
		viewer.getTable().setMenu(menu);
	}

	@SuppressWarnings("unchecked")
	private java.util.List<RunRecord.Snapshot> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		java.util.List<RunRecord.Snapshot> runs = LocalRuns.getDefault().snapshot();
		viewer.setInput(runs);
		boolean running = runs.stream().anyMatch(s -> s.state() == RunState.RUNNING);
		if (running && !ticking) {
			ticking = true;
			viewer.getControl().getDisplay().timerExec(1000, this::tick);
		}
	}

	private void tick() {
		ticking = false;
		refresh();
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	@Focus
	public void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		LocalRuns.getDefault().removeListener(listener);
	}
}
