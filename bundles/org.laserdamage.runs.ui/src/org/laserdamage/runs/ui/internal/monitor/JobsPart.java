package org.laserdamage.runs.ui.internal.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.Job;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.results.ui.RunLabels;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;
import org.laserdamage.ui.ViewActions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Jobs view (an e4 part; it replaced the Runs monitor and keeps its id, so
 * saved layouts still open it): every job of the workbench's job list, this
 * session's and earlier ones', with its study, solver, place, state and reason,
 * progress, start and end and what it computed; a filter by state; and the
 * actions Cancel, Re-run, Open Results, Open Solver Log and Remove Finished in
 * its tool bar and context menu. It follows the runner's changes, redrawn at
 * most every {@value #THROTTLE_MILLIS} ms.
 */
public final class JobsPart {

	static final int THROTTLE_MILLIS = 250;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Combo filter;
	private Display display;
	private JobActions actions;
	private boolean refreshQueued;
	private final Consumer<Job> listener = job -> scheduleRefresh();
	/** What summary.json says of each succeeded job: read once, a small file */
	private final Map<Path, String> results = new HashMap<>();
	private ViewActions tools;

	@PostConstruct
	public void create(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		ToolBar toolBar = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Jobs_filter);
		filter = new Combo(bar, SWT.READ_ONLY);
		filter.setData(LaserDamageUI.WIDGET_KEY, "jobs.filter"); //$NON-NLS-1$
		filter.add(Messages.Jobs_allStates);
		for (RunState state : RunState.values()) {
			filter.add(label(state));
		}
		filter.select(0);
		filter.addListener(SWT.Selection, e -> viewer.refresh());

		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, "jobs.table"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				RunState state = stateFilter();
				return state == null || ((Job) element).state() == state;
			}
		});
		ViewActions.column(viewer, layout, Messages.Jobs_study, 3, Job.class, JobsPart::study);
		ViewActions.column(viewer, layout, Messages.Jobs_solver, 2, Job.class, j -> solverName(j.spec().solverId()));
		ViewActions.column(viewer, layout, Messages.Jobs_place, 1, Job.class, j -> j.spec().place());
		ViewActions.column(viewer, layout, Messages.Jobs_state, 2, Job.class, j -> label(j.state()));
		ViewActions.column(viewer, layout, Messages.Jobs_progress, 1, Job.class, JobsPart::progress);
		ViewActions.column(viewer, layout, Messages.Jobs_started, 2, Job.class, j -> j.started() == null ? "" : TIME.format(j.started())); //$NON-NLS-1$
		ViewActions.column(viewer, layout, Messages.Jobs_ended, 2, Job.class, j -> j.ended() == null ? "" : TIME.format(j.ended())); //$NON-NLS-1$
		ViewActions.column(viewer, layout, Messages.Jobs_reason, 5, Job.class, Job::reason);
		ViewActions.column(viewer, layout, Messages.Jobs_result, 5, Job.class, this::result);
		ViewActions.column(viewer, layout, Messages.Jobs_id, 3, Job.class, Job::id);

		actions = new JobActions(this::selected, () -> parent.getShell());
		tools = new ViewActions(toolBar, viewer.getTable(), "jobs.", id -> actions.enabled(id, shown())) //$NON-NLS-1$
				.add(JobActions.CANCEL, Messages.Jobs_cancel, actions::cancel, true)
				.add(JobActions.RERUN, Messages.Jobs_rerun, actions::rerun, true)
				.add(JobActions.OPEN_RESULTS, Messages.Jobs_openResults, actions::openResults, true)
				.add(JobActions.OPEN_LOG, Messages.Jobs_openLog, actions::openLog, true)
				.add(JobActions.REMOVE_FINISHED, Messages.Jobs_removeFinished, () -> {
					actions.removeFinished(shown());
					refresh();
				}, false);
		viewer.addSelectionChangedListener(e -> updateEnablement());
		viewer.addDoubleClickListener(e -> actions.openResults());
		try {
			WorkbenchJobs.addListener(listener);
		} catch (CoreException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
		refresh();
	}

	private void updateEnablement() {
		tools.update();
	}

	private static String study(Job job) {
		return WorkbenchJobs.origin(job.id()).map(f -> f.getFullPath().toString()).orElse(job.studyName());
	}

	/** @return the name of solver {@code id} as its plug-in gives it, else the id */
	public static String solverName(String id) {
		return SolverRegistry.find(id).map(SolverRegistry.SolverDescriptor::name).orElse(id);
	}

	private static String progress(Job job) {
		return job.state() == RunState.RUNNING || job.state() == RunState.SUCCEEDED
				? Math.round(100 * job.progress()) + " %" //$NON-NLS-1$
				: ""; //$NON-NLS-1$
	}

	/** @return peak and damage of a succeeded job, from its summary.json */
	private String result(Job job) {
		if (job.state() != RunState.SUCCEEDED || job.result() == null) {
			return ""; //$NON-NLS-1$
		}
		return results.computeIfAbsent(job.result(), directory -> {
			try {
				return RunLabels.describe(SummaryJson.read(directory.resolve(RunDirectory.SUMMARY)));
			} catch (IOException | RuntimeException e) {
				return Messages.Jobs_resultUnreadable;
			}
		});
	}

	/** @return the state as the view shows it */
	public static String label(RunState state) {
		return switch (state) {
		case QUEUED -> Messages.Runs_queuedState;
		case WAITING -> Messages.Runs_waitingState;
		case RUNNING -> Messages.Runs_runningState;
		case SUCCEEDED -> Messages.Runs_succeededState;
		case FAILED -> Messages.Runs_failedState;
		case CANCELLED -> Messages.Runs_cancelledState;
		};
	}

	private RunState stateFilter() {
		int index = filter.getSelectionIndex();
		return index <= 0 ? null : RunState.values()[index - 1];
	}

	@SuppressWarnings("unchecked")
	private List<Job> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	/** @return the jobs the filter lets through */
	private List<Job> shown() {
		return List.of(viewer.getTable().getItems()).stream().map(i -> (Job) i.getData()).toList();
	}

	/** Redraws soon, at most once per {@value #THROTTLE_MILLIS} ms, in the UI thread (any thread). */
	private void scheduleRefresh() {
		synchronized (this) {
			if (refreshQueued) {
				return;
			}
			refreshQueued = true;
		}
		UiThread.asyncExec(display, () -> display.timerExec(THROTTLE_MILLIS, () -> {
			synchronized (this) {
				refreshQueued = false;
			}
			refresh();
		}));
	}

	/** Reads the job list and shows it, keeping the selection (UI thread). */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Job> jobs;
		try {
			jobs = WorkbenchJobs.runner().store().list();
		} catch (CoreException e) {
			jobs = List.of();
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
		}
		List<String> selectedIds = selected().stream().map(Job::id).toList();
		viewer.setInput(jobs);
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				jobs.stream().filter(j -> selectedIds.contains(j.id())).toList()));
		updateEnablement();
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the state filter, for tests */
	public Combo filter() {
		return filter;
	}

	/** @return the tool bar item of action {@code id} ({@link JobActions#CANCEL} …), for tests */
	public ToolItem tool(String id) {
		return tools.tool(id);
	}

	@Focus
	public void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		WorkbenchJobs.removeListener(listener);
	}
}
