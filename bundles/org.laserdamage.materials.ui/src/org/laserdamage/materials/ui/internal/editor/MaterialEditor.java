package org.laserdamage.materials.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IProgressService;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialConflictException;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.MaterialEditorInput;
import org.laserdamage.materials.ui.MaterialsUI;
import org.laserdamage.materials.ui.internal.MaterialEditors;
import org.laserdamage.materials.ui.internal.MaterialLibraryService;
import org.laserdamage.ui.LaserDamageUI;
import org.osgi.service.event.EventHandler;

/**
 * Edits a material, or shows an older version read-only. Every edit is
 * checked at once; problems show next to their field and in the form
 * heading, and Save stays disabled until there are none. Save stores a new
 * version in the material database; the History section lists the versions.
 */
public final class MaterialEditor extends EditorPart {

	/** Widget keys for tests (see also the section classes). */
	public static final String FORM_KEY = "material.form"; //$NON-NLS-1$
	public static final String HISTORY_KEY = HistorySection.TABLE_KEY;
	public static final String NAME_KEY = GeneralSection.NAME_KEY;

	private final Map<String, Control> targets = new HashMap<>();
	private MaterialLibraryService service;
	private Material shown;
	private MaterialDraft draft;
	private List<Problem> problems = List.of();
	private boolean dirty;
	/** false for an older version, and for a material the database does not hold (or cannot be opened) */
	private boolean writable;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private HistorySection history;
	private SaveMaterialHandler saveHandler;
	private Action saveAction;
	private IEventBroker events;
	private EventHandler savedElsewhere;
	private DraftEdits edits;
	private UndoActionHandler undo;
	private RedoActionHandler redo;

	/** @return widget key of the table of a property, e.g. {@code tableKey("CONDUCTIVITY")} or "ABSORPTIVITY" */
	public static String tableKey(String property) {
		return PropertySection.tableKey(property);
	}

	/** @return widget key of the chart canvas of a property */
	public static String chartKey(String property) {
		return PropertySection.chartKey(property);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof MaterialEditorInput materialInput)) {
			throw new PartInitException(NLS.bind(Messages.MaterialEditor_wrongInput, input));
		}
		setSite(site);
		setInput(input);
		service = site.getService(MaterialLibraryService.class);
		if (service == null) {
			throw new PartInitException(Messages.MaterialEditor_noLibrary);
		}
		shown = MaterialLoader.load(service, materialInput);
		writable = !materialInput.isReadOnly() && MaterialLoader.isStored(service, shown);
		draft = MaterialDraft.of(shown);
		updateTitle();
	}

	private MaterialEditorInput input() {
		return (MaterialEditorInput) getEditorInput();
	}

	private boolean editable() {
		return writable;
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setData(LaserDamageUI.WIDGET_KEY, FORM_KEY);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		layout.horizontalSpacing = 14;
		layout.verticalSpacing = 14;
		body.setLayout(layout);
		IUndoContext undoContext = new ObjectUndoContext(this, getEditorInput().getName());
		edits = new DraftEdits(getSite().getWorkbenchWindow().getWorkbench().getOperationSupport().getOperationHistory(),
				undoContext, this::changed);
		undo = new UndoActionHandler(getSite(), undoContext);
		redo = new RedoActionHandler(getSite(), undoContext);
		SectionContext context = new SectionContext(toolkit, editable(), edits, targets, () -> form.reflow(true));
		GeneralSection.create(body, context, draft);
		MeltingSection.create(body, context, draft);
		for (TableKind kind : draft.tables.keySet()) {
			PropertySection.temperature(body, context, draft, kind);
		}
		PropertySection.absorptivity(body, context, draft);
		history = new HistorySection(body, context, version -> MaterialEditors.openReadOnly(getSite().getPage(), version));
		if (editable()) {
			createSave();
		}
		events = getSite().getService(IEventBroker.class);
		savedElsewhere = event -> {
			if (event.getProperty(IEventBroker.DATA) instanceof Material saved && saved.id().equals(shown.id())
					&& !form.isDisposed()) {
				refreshHistory();
			}
		};
		events.subscribe(MaterialsUI.TOPIC_MATERIAL_SAVED, savedElsewhere);
		refreshHistory();
		if (editable()) {
			validate();
		} else if (!input().isReadOnly()) {
			form.getMessageManager().addMessage(Problem.MATERIAL, Messages.MaterialEditor_notStored, null,
					IMessageProvider.INFORMATION);
		}
		form.reflow(true);
	}

	private void createSave() {
		saveHandler = new SaveMaterialHandler(this);
		getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.FILE_SAVE, saveHandler);
		saveAction = new Action(Messages.MaterialEditor_save) {
			@Override
			public void run() {
				getSite().getPage().saveEditor(MaterialEditor.this, false);
			}
		};
		saveAction.setToolTipText(Messages.MaterialEditor_saveToolTip);
		saveAction.setImageDescriptor(getSite().getWorkbenchWindow().getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
		form.getToolBarManager().add(saveAction);
		form.updateToolBar();
	}

	/** @return whether Save would store a new version now */
	public boolean canSave() {
		return editable() && dirty && problems.isEmpty();
	}

	private void changed() {
		if (form.isDisposed()) {
			return;
		}
		dirty = editable() && !edits.atSavePoint();
		validate();
		firePropertyChange(PROP_DIRTY);
	}

	private void validate() {
		problems = DraftValidator.validate(draft);
		IMessageManager messages = form.getMessageManager();
		messages.setAutoUpdate(false);
		messages.removeAllMessages();
		for (int i = 0; i < problems.size(); i++) {
			Problem problem = problems.get(i);
			Control control = targets.get(problem.target());
			if (control == null) {
				messages.addMessage(problem.target() + i, problem.message(), null, IMessageProvider.ERROR);
			} else {
				messages.addMessage(problem.target() + i, problem.message(), null, IMessageProvider.ERROR, control);
			}
		}
		messages.setAutoUpdate(true);
		boolean canSave = canSave();
		if (saveHandler != null) {
			saveHandler.update(canSave);
			saveAction.setEnabled(canSave);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!canSave()) {
			if (!problems.isEmpty()) {
				ErrorDialog.openError(getSite().getShell(), Messages.MaterialEditor_saveFailedTitle, null,
						Status.error(NLS.bind(Messages.MaterialEditor_invalid, problems.get(0).message())));
			}
			cancel(monitor);
			return;
		}
		Material edited = draft.toMaterial();
		AtomicReference<Material> stored = new AtomicReference<>();
		try {
			getSite().getService(IProgressService.class).busyCursorWhile(progress -> {
				SubMonitor.convert(progress, NLS.bind(Messages.MaterialEditor_saving, edited.name()), 1);
				try {
					stored.set(service.store().saveEdit(edited));
				} catch (MaterialStoreException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof MaterialConflictException conflict) {
				// someone else stored a newer version: nothing was written, and this edit stays here
				ErrorDialog.openError(getSite().getShell(), Messages.MaterialEditor_saveFailedTitle,
						NLS.bind(Messages.MaterialEditor_conflict, edited.name(), conflict.newest()),
						Status.warning(conflict.getMessage()));
				cancel(monitor);
				return;
			}
			ILog.of(MaterialEditor.class).error("Saving " + edited + " failed", cause); //$NON-NLS-1$ //$NON-NLS-2$
			ErrorDialog.openError(getSite().getShell(), Messages.MaterialEditor_saveFailedTitle,
					NLS.bind(Messages.MaterialEditor_saveFailed, edited.name()), Status.error(cause.getMessage(), cause));
			cancel(monitor);
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancel(monitor);
			return;
		}
		saved(stored.get());
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	private void saved(Material version) {
		shown = version;
		draft.version = version.version();
		edits.saved();
		dirty = false;
		setInputWithNotify(MaterialEditorInput.editable(version));
		updateTitle();
		refreshHistory();
		validate();
		firePropertyChange(PROP_DIRTY);
		events.post(MaterialsUI.TOPIC_MATERIAL_SAVED, version);
	}

	private void refreshHistory() {
		try {
			List<Material> versions = service.store().history(shown.id());
			history.show(versions.isEmpty() ? List.of(shown) : versions, shown.version());
			int newest = versions.isEmpty() ? shown.version() : versions.get(versions.size() - 1).version();
			form.setText(!input().isReadOnly() ? NLS.bind(Messages.MaterialEditor_heading, shown.name(), shown.version())
					: NLS.bind(Messages.MaterialEditor_headingReadOnly, new Object[] { shown.name(), shown.version(), newest }));
		} catch (MaterialStoreException | RuntimeException e) {
			history.showProblem(NLS.bind(Messages.MaterialEditor_noHistory, e.getMessage()));
			form.setText(NLS.bind(Messages.MaterialEditor_heading, shown.name(), shown.version()));
		}
	}

	private void updateTitle() {
		setPartName(getEditorInput().getName());
		setTitleToolTip(getEditorInput().getToolTipText());
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered: a material's versions share its id.
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		Control name = targets.get(Problem.NAME);
		if (name != null && !name.isDisposed()) {
			name.setFocus();
		} else if (form != null) {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (events != null) {
			events.unsubscribe(savedElsewhere);
		}
		if (edits != null) {
			undo.dispose();
			redo.dispose();
			edits.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** @return the material this editor shows (for an editable editor: the version its changes start from) */
	public Material material() {
		return shown;
	}

	/** @return the workbench's Undo for this editor's edits (its Edit menu item and Ctrl+Z while it is active) */
	public IAction undoAction() {
		return undo;
	}

	/** @return the workbench's Redo for this editor's edits (Ctrl+Shift+Z on GTK, Ctrl+Y on Windows) */
	public IAction redoAction() {
		return redo;
	}

	/** @return the problems that keep the editor from saving now */
	public List<String> problems() {
		return problems.stream().map(Problem::message).toList();
	}

	/** The version behind an input, or a reason why it cannot be opened. */
	private static final class MaterialLoader {
		static Material load(MaterialLibraryService service, MaterialEditorInput input) throws PartInitException {
			try {
				Optional<Material> found;
				if (input.isReadOnly()) {
					found = service.store().find(input.materialId(), input.version());
				} else {
					found = service.materials().library().find(input.materialId());
				}
				return found.orElseThrow(() -> new PartInitException(NLS.bind(Messages.MaterialEditor_notFound,
						input.materialId(), input.version())));
			} catch (MaterialStoreException | RuntimeException e) {
				throw new PartInitException(NLS.bind(Messages.MaterialEditor_cannotRead, input.materialId(), e.getMessage()), e);
			}
		}

		/** @return whether the database holds {@code material}, so that it can store a new version of it */
		static boolean isStored(MaterialLibraryService service, Material material) {
			try {
				return service.store().find(material.id(), material.version()).isPresent();
			} catch (MaterialStoreException | RuntimeException e) {
				return false;
			}
		}
	}
}
