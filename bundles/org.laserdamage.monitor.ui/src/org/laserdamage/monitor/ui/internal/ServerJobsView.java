package org.laserdamage.monitor.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.core.RunState;
import org.laserdamage.monitor.RemoteEvent;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.internal.monitor.JobsPart;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;
import org.laserdamage.ui.ViewActions;

/**
 * Server Jobs: the jobs of the server set in Preferences &gt; Laser Damage
 * &gt; Monitoring, newest first, read every few seconds in the background;
 * Follow shows a job's live progress from its event stream, Cancel asks the
 * server to cancel, Download and Open fetches the results into the data
 * folder and opens them in the Results editor.
 */
public final class ServerJobsView extends ViewPart {

	public static final String REFRESH = "refresh"; //$NON-NLS-1$
	public static final String FOLLOW = "follow"; //$NON-NLS-1$
	public static final String CANCEL = "cancel"; //$NON-NLS-1$
	public static final String DOWNLOAD = "download"; //$NON-NLS-1$
	static final int LIMIT = 200;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Label status;
	private Display display;
	private ViewActions tools;
	/** Jobs as the last list or event said, by id. */
	private final Map<String, RemoteJob> shown = new HashMap<>();
	private final Map<String, Job> following = new HashMap<>();
	private Lister lister;
	private volatile boolean disposed;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new GridLayout(1, false));
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setData(LaserDamageUI.WIDGET_KEY, "serverJobs.status"); //$NON-NLS-1$
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, "serverJobs.table"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ViewActions.column(viewer, layout, Messages.Jobs_study, 3, RemoteJob.class, RemoteJob::study);
		ViewActions.column(viewer, layout, Messages.Jobs_state, 2, RemoteJob.class, j -> JobsPart.label(j.state()));
		ViewActions.column(viewer, layout, Messages.Jobs_progress, 1, RemoteJob.class, ServerJobsView::progress);
		ViewActions.column(viewer, layout, Messages.Jobs_solver, 2, RemoteJob.class, j -> JobsPart.solverName(j.solver()));
		ViewActions.column(viewer, layout, Messages.Jobs_replica, 2, RemoteJob.class, j -> j.runner() == null ? "" : j.runner()); //$NON-NLS-1$
		ViewActions.column(viewer, layout, Messages.Jobs_submitted, 2, RemoteJob.class, j -> time(j.submitted()));
		ViewActions.column(viewer, layout, Messages.Jobs_ended, 2, RemoteJob.class, j -> time(j.ended()));
		ViewActions.column(viewer, layout, Messages.Jobs_reason, 5, RemoteJob.class, RemoteJob::reason);
		ViewActions.column(viewer, layout, Messages.Jobs_id, 3, RemoteJob.class, RemoteJob::id);
		tools = new ViewActions(bar, viewer.getTable(), "serverJobs.", this::enabled) //$NON-NLS-1$
				.add(REFRESH, Messages.Jobs_refresh, this::refreshNow, false)
				.add(FOLLOW, Messages.Jobs_follow, this::followSelected, true)
				.add(CANCEL, Messages.Jobs_cancel, this::cancelSelected, true)
				.add(DOWNLOAD, Messages.Jobs_download, this::downloadSelected, true);
		viewer.addSelectionChangedListener(e -> updateEnablement());
		viewer.addDoubleClickListener(e -> {
			List<RemoteJob> selected = selected();
			if (selected.size() == 1 && selected.get(0).hasResults()) {
				downloadSelected();
			} else {
				followSelected();
			}
		});
		updateEnablement();
		lister = new Lister();
		lister.schedule();
	}

	private static String progress(RemoteJob job) {
		return job.state() == RunState.RUNNING || job.state() == RunState.SUCCEEDED
				? Math.round(100 * job.progress()) + " %" //$NON-NLS-1$
				: ""; //$NON-NLS-1$
	}

	private static String time(Instant t) {
		return t == null ? "" : TIME.format(t); //$NON-NLS-1$
	}

	private boolean enabled(String id) {
		List<RemoteJob> selected = selected();
		return switch (id) {
		case FOLLOW -> selected.size() == 1 && !selected.get(0).state().isFinal();
		case CANCEL -> !selected.isEmpty() && selected.stream().noneMatch(j -> j.state().isFinal());
		case DOWNLOAD -> selected.size() == 1 && selected.get(0).hasResults();
		default -> true;
		};
	}

	private void updateEnablement() {
		tools.update();
	}

	@SuppressWarnings("unchecked")
	private List<RemoteJob> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	/** Reads the job list in the background and reschedules itself. */
	private final class Lister extends Job {

		Lister() {
			super(Messages.Jobs_listJob);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				ServerClient client = MonitorSettings.client();
				List<RemoteJob> jobs = client.jobs(LIMIT, monitor);
				UiThread.asyncExec(display, () -> showList(client, jobs));
			} catch (CoreException e) {
				String message = e.getStatus().getMessage();
				UiThread.asyncExec(display, () -> setStatus(NLS.bind(Messages.Jobs_unreadable, message)));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			if (!disposed && !monitor.isCanceled()) {
				schedule(MonitorSettings.refreshSeconds() * 1000L);
			}
			return Status.OK_STATUS;
		}
	}

	private void showList(ServerClient client, List<RemoteJob> jobs) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		shown.clear();
		jobs.forEach(j -> shown.put(j.id(), j));
		setStatus(NLS.bind(Messages.Jobs_listed, new Object[] { client.label(), jobs.size(),
				TIME.format(Instant.now()) }));
		redraw();
	}

	/** Shows {@link #shown} in list order (newest first), keeping the selection (UI thread). */
	private void redraw() {
		List<String> selectedIds = selected().stream().map(RemoteJob::id).toList();
		List<RemoteJob> rows = new ArrayList<>(shown.values());
		rows.sort((a, b) -> b.submitted() == null || a.submitted() == null ? b.id().compareTo(a.id())
				: b.submitted().compareTo(a.submitted()));
		viewer.setInput(rows);
		viewer.setSelection(new StructuredSelection(rows.stream().filter(j -> selectedIds.contains(j.id())).toList()));
		updateEnablement();
	}

	private void setStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout();
		}
	}

	/** Shows {@code job} at once (a job just submitted), before the next reading of the list. */
	public void add(RemoteJob job) {
		shown.put(job.id(), job);
		redraw();
	}

	/** Reads the list again now. */
	public void refreshNow() {
		lister.cancel();
		lister.schedule();
	}

	private void followSelected() {
		List<RemoteJob> selected = selected();
		if (selected.size() == 1) {
			follow(selected.get(0).id());
		}
	}

	/** Follows job {@code id}'s events: its row shows each state and progress as it arrives. */
	public void follow(String id) {
		if (following.containsKey(id)) {
			return;
		}
		Job job = new Job(NLS.bind(Messages.Jobs_followJob, id)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ServerClient client = MonitorSettings.client();
					RemoteJob ended = client.follow(id, event -> UiThread.asyncExec(display, () -> showEvent(event)),
							monitor);
					UiThread.asyncExec(display, () -> {
						shown.put(ended.id(), ended);
						setStatus(NLS.bind(Messages.Jobs_followEnded, id, JobsPart.label(ended.state())));
						redraw();
					});
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} finally {
					UiThread.asyncExec(display, () -> following.remove(id));
				}
			}
		};
		following.put(id, job);
		setStatus(NLS.bind(Messages.Jobs_following, id));
		job.schedule();
	}

	private void showEvent(RemoteEvent event) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		RemoteJob old = shown.get(event.jobId());
		if (old != null) {
			shown.put(old.id(), new RemoteJob(old.id(), old.study(), event.state(), event.reason(), event.progress(),
					event.attempt(), old.solver(), old.place(), old.submitted(), old.started(),
					event.state().isFinal() ? event.at() : old.ended(), old.runner(), old.hasResults()));
		}
		setStatus(NLS.bind(Messages.Jobs_event, new Object[] { event.jobId(), JobsPart.label(event.state()),
				Math.round(100 * event.progress()) }));
		redraw();
	}

	private void cancelSelected() {
		List<String> ids = selected().stream().filter(j -> !j.state().isFinal()).map(RemoteJob::id).toList();
		if (ids.isEmpty()) {
			return;
		}
		Job job = new Job(Messages.Jobs_cancelJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ServerClient client = MonitorSettings.client();
					for (String id : ids) {
						RemoteJob answer = client.cancel(id, monitor);
						UiThread.asyncExec(display, () -> {
							shown.put(answer.id(), answer);
							redraw();
						});
					}
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}
		};
		job.setUser(true);
		job.schedule();
	}

	private void downloadSelected() {
		List<RemoteJob> selected = selected();
		if (selected.size() != 1 || !selected.get(0).hasResults()) {
			return;
		}
		String id = selected.get(0).id();
		Job job = new Job(NLS.bind(Messages.Jobs_downloadJob, id)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ServerClient client = MonitorSettings.client();
					Path folder = MonitorSettings.downloads().resolve(host(client));
					java.nio.file.Files.createDirectories(folder);
					Path run = client.download(id, folder, monitor);
					UiThread.asyncExec(display, () -> open(run));
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				} catch (java.io.IOException e) {
					return Status.error(e.getMessage(), e);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** @return a folder name for the server: its host and port */
	static String host(ServerClient client) {
		String host = client.address().getHost() + (client.address().getPort() > 0 ? "_" + client.address().getPort() : ""); //$NON-NLS-1$ //$NON-NLS-2$
		return host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void open(Path run) {
		try {
			ResultsUI.open(getSite().getPage(), run);
			setStatus(NLS.bind(Messages.Jobs_opened, run));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the tool item of {@code id} ({@link #FOLLOW} …), for tests */
	public ToolItem tool(String id) {
		return tools.tool(id);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		disposed = true;
		if (lister != null) {
			lister.cancel();
		}
		following.values().forEach(Job::cancel);
		super.dispose();
	}
}
