package org.laserdamage.results.ui.internal.editor;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.RunEditorInput;
import org.laserdamage.results.ui.RunLabels;
import org.laserdamage.ui.DisplayUnitsChange;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;

/**
 * The results of one run directory, read-only: Summary, Probes, Temperature
 * map and Events tabs. The directory is read by a job; "Reading…" shows
 * meanwhile. Refresh (toolbar or F5) reads it again, e.g. while a run is
 * still being written.
 */
public final class ResultsEditor extends EditorPart {

	public static final String READING_KEY = "results.reading"; //$NON-NLS-1$
	public static final String TABS_KEY = "results.tabs"; //$NON-NLS-1$
	public static final String REFRESH_KEY = "results.refresh"; //$NON-NLS-1$

	private Composite stack;
	private StackLayout stackLayout;
	private Label reading;
	private CTabFolder tabs;
	private LoadedRun loaded;
	private LoadJob job;
	/** Once the run is read: what tells it apart; until then the input's path */
	private String toolTip;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RunEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		Label path = new Label(top, SWT.NONE);
		path.setText(runInput().directory().toString());
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ToolBar toolBar = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
		ToolItem refreshItem = new ToolItem(toolBar, SWT.PUSH);
		refreshItem.setText(Messages.Editor_refresh);
		refreshItem.setToolTipText(Messages.Editor_refreshTip);
		refreshItem.addListener(SWT.Selection, event -> refresh());
		toolBar.setData(LaserDamageUI.WIDGET_KEY, REFRESH_KEY);

		stack = new Composite(top, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		reading = new Label(stack, SWT.WRAP);
		reading.setData(LaserDamageUI.WIDGET_KEY, READING_KEY);

		Action refresh = new Action(Messages.Editor_refresh) {
			@Override
			public void run() {
				refresh();
			}
		};
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
		// texts, tables and charts are written in the display units when the run is shown
		DisplayUnitsChange.onChange(stack, this::refresh);
		refresh();
	}

	/** Reads the run directory again and shows it anew, on the tab shown now. */
	public void refresh() {
		if (job != null) {
			job.cancel();
		}
		reading.setText(NLS.bind(Messages.Editor_reading, runInput().directory()));
		show(reading);
		Display display = stack.getDisplay();
		LoadJob[] self = new LoadJob[1];
		// a cancelled read may still finish: only the latest one is shown
		LoadJob newJob = new LoadJob(runInput().directory(), run -> UiThread.asyncExec(display, () -> {
			if (job == self[0]) {
				shown(run);
			}
		}), e -> UiThread.asyncExec(display, () -> {
			if (job == self[0]) {
				failed(e);
			}
		}));
		self[0] = newJob;
		job = newJob;
		newJob.schedule();
	}

	/** @return the run shown, or null while it is read or when it could not be */
	public RunResults results() {
		return loaded == null ? null : loaded.results();
	}

	private void shown(LoadedRun run) {
		if (stack.isDisposed()) {
			return;
		}
		int selected = tabs == null ? 0 : tabs.getSelectionIndex();
		if (tabs != null) {
			tabs.dispose();
		}
		loaded = run;
		// the tab tells runs apart by their study, beam and start; the tooltip adds solver, radius and end time
		run.results().summary().ifPresent(summary -> {
			toolTip = RunLabels.toolTip(summary, runInput().directory());
			setPartName(RunLabels.title(summary));
			firePropertyChange(PROP_TITLE);
		});
		tabs = new CTabFolder(stack, SWT.BOTTOM | SWT.FLAT);
		tabs.setData(LaserDamageUI.WIDGET_KEY, TABS_KEY);
		SummaryTab.create(tabs, run.results());
		ProbesTab.create(tabs, run);
		MapTab.create(tabs, run);
		EventsTab.create(tabs, run.results());
		tabs.setSelection(Math.max(0, Math.min(selected, tabs.getItemCount() - 1)));
		show(tabs);
	}

	private void failed(IOException e) {
		if (reading.isDisposed()) {
			return;
		}
		loaded = null;
		reading.setText(NLS.bind(Messages.Editor_readFailed, e.getMessage()));
		show(reading);
	}

	private void show(Control control) {
		stackLayout.topControl = control;
		stack.layout(true, true);
	}

	@Override
	public String getTitleToolTip() {
		// an editor's tooltip is its input's, unless the editor says more
		return toolTip != null ? toolTip : super.getTitleToolTip();
	}

	private RunEditorInput runInput() {
		return (RunEditorInput) getEditorInput();
	}

	@Override
	public void setFocus() {
		if (stackLayout.topControl != null) {
			stackLayout.topControl.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
