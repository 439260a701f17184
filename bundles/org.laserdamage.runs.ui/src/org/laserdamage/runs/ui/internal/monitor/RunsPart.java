package org.laserdamage.runs.ui.internal.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.core.RunState;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.results.ui.RunLabels;
import org.laserdamage.runs.ui.internal.LocalRuns;
import org.laserdamage.runs.ui.internal.RunRecord;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Runs monitor (an e4 part): every local run of this session with its
 * study, solver and key settings (from summary.json, once it finished), its
 * state — queued, waiting (and why), running, succeeded, failed, cancelled —
 * its times, and a menu to cancel a run or open its results.
 */
public final class RunsPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Display display;
	private final Consumer<RunRecord> listener = record -> UiThread.asyncExec(display, this::refresh);
	private boolean ticking;
	/** What summary.json says of each finished run: read once, a small file */
	private final Map<Path, String> descriptions = new HashMap<>();

	@PostConstruct
	public void create(Composite parent) {
		display = parent.getDisplay();
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
		column(layout, Messages.Runs_state, 2, s -> label(s.state()));
		column(layout, Messages.Runs_queued, 2, s -> TIME.format(s.queued()));
		column(layout, Messages.Runs_duration, 2, RunsPart::duration);
		column(layout, Messages.Runs_run, 6, this::describe);
		column(layout, Messages.Runs_details, 6, s -> s.reason() != null ? s.reason()
				: s.message() != null ? s.message() : s.runDirectory() == null ? "" : s.runDirectory().toString()); //$NON-NLS-1$
		createMenu();
		viewer.addDoubleClickListener(event -> selected().stream().filter(s -> s.state() == RunState.SUCCEEDED)
				.findFirst().ifPresent(RunsPart::openResults));
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

	/** @return study, solver and key settings of a run that wrote its summary, else nothing */
	private String describe(RunRecord.Snapshot run) {
		if (run.state() != RunState.SUCCEEDED || run.runDirectory() == null) {
			return ""; //$NON-NLS-1$
		}
		return descriptions.computeIfAbsent(run.runDirectory(), directory -> {
			try {
				return RunLabels.describe(SummaryJson.read(directory.resolve(RunDirectory.SUMMARY)));
			} catch (IOException | RuntimeException e) {
				// the Details column and the Results editor say what is wrong with the run
				return ""; //$NON-NLS-1$
			}
		});
	}

	/** @return the state as the monitor shows it */
	static String label(RunState state) {
		return switch (state) {
		case QUEUED -> Messages.Runs_queuedState;
		case WAITING -> Messages.Runs_waitingState;
		case RUNNING -> Messages.Runs_runningState;
		case SUCCEEDED -> Messages.Runs_succeededState;
		case FAILED -> Messages.Runs_failedState;
		case CANCELLED -> Messages.Runs_cancelledState;
		};
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
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText(Messages.Runs_openResults);
		open.addListener(SWT.Selection, e -> selected().stream().filter(s -> s.state() == RunState.SUCCEEDED)
				.forEach(RunsPart::openResults));
		MenuItem cancel = new MenuItem(menu, SWT.PUSH);
		cancel.setText(Messages.Runs_cancel);
		cancel.addListener(SWT.Selection, e -> selected().forEach(s -> s.record().job().cancel()));
		menu.addListener(SWT.Show, e -> {
			cancel.setEnabled(selected().stream().anyMatch(s -> !s.state().isFinal()));
			open.setEnabled(selected().stream().anyMatch(s -> s.state() == RunState.SUCCEEDED));
		});
		viewer.getTable().setMenu(menu);
	}

	/** Opens the Results editor of a finished run in the active page. */
	private static void openResults(RunRecord.Snapshot run) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null || run.runDirectory() == null) {
			return;
		}
		try {
			ResultsUI.open(window.getActivePage(), run.runDirectory());
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
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
