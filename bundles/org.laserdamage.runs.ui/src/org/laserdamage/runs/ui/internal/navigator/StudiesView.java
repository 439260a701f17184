package org.laserdamage.runs.ui.internal.navigator;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.DeleteResourceAction;
import org.eclipse.ui.actions.RefreshAction;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;

/**
 * The Studies navigator: workspace projects, the studies in them and the
 * runs of each study. Double-click opens a study in its editor and a run in
 * the Results editor; the context menu runs a study, opens a run's report or
 * folder, compares two runs and copies paths; Delete removes runs (and
 * studies) through the workspace, so it can be undone like any delete.
 */
public final class StudiesView extends ViewPart {

	private final AtomicBoolean refreshQueued = new AtomicBoolean();
	private TreeViewer viewer;
	private Display display;
	private IResourceChangeListener resourceListener;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData(LaserDamageUI.WIDGET_KEY, "studies.tree"); //$NON-NLS-1$
		viewer.setContentProvider(new StudiesContentProvider());
		viewer.setLabelProvider(new StudiesLabelProvider());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
				// runs newest first, everything else by name
				if (a instanceof IFolder fa && b instanceof IFolder fb && fa.getParent().equals(fb.getParent())
						&& StudyRuns.isRunsFolder(fa.getParent())) {
					return fb.getName().compareTo(fa.getName());
				}
				return super.compare(v, a, b);
			}
		});
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		DeleteResourceAction delete = new DeleteResourceAction(getSite());
		RefreshAction refresh = new RefreshAction(getSite());
		viewer.addSelectionChangedListener(event -> {
			delete.selectionChanged((IStructuredSelection) event.getSelection());
			refresh.selectionChanged((IStructuredSelection) event.getSelection());
		});
		createContextMenu(delete);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
		// Edit > Undo/Redo undo workspace operations (a delete, a move) while the navigator is active
		new UndoRedoActionGroup(getSite(), WorkspaceUndoUtil.getWorkspaceUndoContext(), true)
				.fillActionBars(getViewSite().getActionBars());
		display = parent.getDisplay();
		resourceListener = event -> {
			if (changesTree(event.getDelta())) {
				queueRefresh();
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
	}

	private void createContextMenu(DeleteResourceAction delete) {
		RunActions runActions = new RunActions(getSite().getShell());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			runActions.fill(m, selection);
			if (delete.isEnabled() && !RunActions.onlyRuns(selection)) {
				m.add(delete);
			}
			m.add(new Separator());
			m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * @return whether a resource was added, removed or changed in a way other
	 *         than its markers (live validation changes markers on every edit)
	 */
	static boolean changesTree(IResourceDelta delta) {
		if (delta == null) {
			return false;
		}
		int kind = delta.getKind();
		if (kind == IResourceDelta.ADDED || kind == IResourceDelta.REMOVED
				|| (delta.getFlags() & ~IResourceDelta.MARKERS) != 0 && delta.getResource().getType() != IResource.ROOT) {
			return true;
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (changesTree(child)) {
				return true;
			}
		}
		return false;
	}

	/** Coalesces the many resource events of a run into one refresh. */
	private void queueRefresh() {
		if (!refreshQueued.compareAndSet(false, true)) {
			return;
		}
		UiThread.asyncExec(display, () -> {
			refreshQueued.set(false);
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	private void open(IStructuredSelection selection) {
		IWorkbenchPage page = getSite().getPage();
		for (Object element : selection.toList()) {
			try {
				if (element instanceof IFile study && StudyRuns.isStudy(study)) {
					IDE.openEditor(page, study);
				} else if (element instanceof IFolder run && StudyRuns.isRun(run) && run.getLocation() != null) {
					ResultsUI.open(page, run.getLocation().toPath());
				} else if (viewer.isExpandable(element)) {
					viewer.setExpandedState(element, !viewer.getExpandedState(element));
				}
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		}
	}

	/** @return the tree, for tests */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (resourceListener != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		}
		super.dispose();
	}
}
