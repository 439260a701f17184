package org.laserdamage.materials.ui.internal.view;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.ui.MaterialsUI;
import org.laserdamage.materials.ui.internal.MaterialClassLabels;
import org.laserdamage.materials.ui.internal.MaterialEditors;
import org.laserdamage.materials.ui.internal.MaterialLibraryService;
import org.laserdamage.materials.ui.internal.MaterialLibraryService.Materials;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;

/**
 * The Materials view: every material of the library in a grid with a search
 * box that filters as you type, a class filter and sortable columns.
 * Double-click or Enter opens the editor, Delete (or the context menu)
 * deletes the material after asking; the selected material is the
 * workbench selection and can be dragged (as its id) onto a study.
 */
public final class MaterialsPart {

	/** Widget keys for tests. */
	public static final String SEARCH_KEY = "materials.search"; //$NON-NLS-1$
	public static final String CLASS_KEY = "materials.class"; //$NON-NLS-1$
	public static final String TABLE_KEY = "materials.table"; //$NON-NLS-1$
	public static final String STATUS_KEY = "materials.status"; //$NON-NLS-1$

	@Inject
	private MaterialLibraryService service;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private IWorkbenchPage page;

	private Text search;
	private Combo classes;
	private Label status;
	private Composite parent;
	private Job loadJob;
	private MaterialsGrid grid;
	private int total;
	private String location = ""; //$NON-NLS-1$
	private String problem;
	private boolean writable;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(parent);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.MaterialsPart_searchHint);
		search.setData(LaserDamageUI.WIDGET_KEY, SEARCH_KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		classes = new Combo(parent, SWT.READ_ONLY);
		classes.add(Messages.MaterialsPart_allClasses);
		for (MaterialClass materialClass : MaterialClass.values()) {
			classes.add(MaterialClassLabels.label(materialClass));
		}
		classes.select(0);
		classes.setData(LaserDamageUI.WIDGET_KEY, CLASS_KEY);
		status = new Label(parent, SWT.WRAP);
		status.setData(LaserDamageUI.WIDGET_KEY, STATUS_KEY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		this.parent = parent;
		search.addModifyListener(event -> applyFilter());
		classes.addListener(SWT.Selection, event -> applyFilter());
		// the grid is built when the first materials arrive: see load
		load(null);
	}

	/** Builds the grid (on the UI thread, once the collection factories are set up). */
	private void createGrid() {
		grid = new MaterialsGrid(parent, material -> MaterialEditors.open(page, material), this::delete);
		grid.table().setData(LaserDamageUI.WIDGET_KEY, TABLE_KEY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(grid.table());
		MaterialDragListener.attach(grid);
		Menu menu = new Menu(grid.table());
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText(Messages.MaterialsPart_open);
		open.addListener(SWT.Selection, event -> grid.selected().ifPresent(m -> MaterialEditors.open(page, m)));
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText(Messages.MaterialsPart_delete);
		delete.addListener(SWT.Selection, event -> grid.selected().ifPresent(this::delete));
		menu.addListener(SWT.Show, event -> {
			boolean selected = grid.selected().isPresent();
			open.setEnabled(selected);
			delete.setEnabled(selected && writable);
		});
		grid.table().setMenu(menu);
		grid.selectionProvider().addSelectionChangedListener(
				event -> selectionService.setSelection(grid.selected().orElse(null)));
		parent.layout(true, true);
	}

	/** Asks, then deletes every version of a material (see {@link MaterialDeletion}). */
	private void delete(Material material) {
		if (writable) {
			MaterialDeletion.start(parent.getShell(), service, material, () -> load(null));
		}
	}

	/** Shows a version stored by an editor. */
	@Inject
	@Optional
	void materialSaved(@UIEventTopic(MaterialsUI.TOPIC_MATERIAL_SAVED) Material saved) {
		if (grid != null && !grid.table().isDisposed()) {
			load(saved.id());
		}
	}

	@Focus
	public void setFocus() {
		search.setFocus();
	}

	private void applyFilter() {
		if (grid == null) {
			return;
		}
		int index = classes.getSelectionIndex();
		MaterialClass materialClass = index <= 0 ? null : MaterialClass.values()[index - 1];
		grid.setFilter(MaterialFilter.of(search.getText(), materialClass));
		showStatus();
	}

	/**
	 * Reads the library off the UI thread (the first read may create the
	 * database), then shows it. The same job first sets up the factories of
	 * Eclipse Collections under NatTable, which takes a moment on a cold start
	 * (see {@link CollectionsFactories}), so the UI thread does not wait for it.
	 */
	private void load(String selectId) {
		status.setText(Messages.MaterialsPart_loading);
		Display display = status.getDisplay();
		if (loadJob != null) {
			loadJob.cancel();
		}
		loadJob = Job.create(Messages.MaterialsPart_loadJob, monitor -> {
			CollectionsFactories.initialize();
			try {
				Materials materials = service.materials();
				List<Material> list = materials.library().materials();
				String firstProblem = materials.problems().isEmpty() ? null : materials.problems().get(0).getMessage();
				boolean canWrite = materials.writable();
				UiThread.asyncExec(display, () -> {
					writable = canWrite;
					show(list, materials.location(), firstProblem, selectId);
				});
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				if (monitor.isCanceled() || display.isDisposed()) {
					// the view closed (or the workbench) while the library was read: nothing went wrong
					return Status.CANCEL_STATUS;
				}
				UiThread.asyncExec(display, () -> show(List.of(), "", //$NON-NLS-1$
						NLS.bind(Messages.MaterialsPart_loadFailed, e.getMessage()), null));
				return Status.error(e.getMessage(), e);
			}
		});
		loadJob.schedule();
	}

	@PreDestroy
	public void dispose() {
		if (loadJob != null) {
			loadJob.cancel();
		}
	}

	private void show(List<Material> materials, String source, String firstProblem, String selectId) {
		if (parent.isDisposed()) {
			return;
		}
		if (grid == null) {
			createGrid();
		}
		total = materials.size();
		location = source;
		problem = firstProblem;
		grid.setMaterials(materials);
		applyFilter();
		if (selectId != null) {
			grid.select(selectId);
		}
		showStatus();
	}

	private void showStatus() {
		int shown = grid.rows().size();
		String count = shown == total ? NLS.bind(Messages.MaterialsPart_count, total)
				: NLS.bind(Messages.MaterialsPart_filteredCount, shown, total);
		status.setText(problem == null ? count : count + " \u2014 " + problem); //$NON-NLS-1$
		status.setToolTipText(location);
		status.getParent().layout(new Control[] { status });
	}
}
