package org.laserdamage.study.ui.internal.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.laserdamage.study.ui.internal.validation.LiveValidation;
import org.laserdamage.study.ui.internal.validation.Problem;
import org.laserdamage.ui.DisplayUnitsChange;
import org.laserdamage.ui.UiThread;

/**
 * The study editor: form pages for the laser, the target, the environment,
 * mesh and solver, damage criteria and probes, and a raw tree of the model.
 * Every change is a command on the editing domain's stack (undo, redo, dirty
 * state); the study is validated shortly after each change. Text a field
 * cannot read marks the editor dirty and keeps it from being saved.
 */
public final class StudyEditor extends FormEditor implements IEditingDomainProvider {

	public static final String LASER_PAGE = "laser"; //$NON-NLS-1$
	public static final String TARGET_PAGE = "target"; //$NON-NLS-1$
	public static final String ENVIRONMENT_PAGE = "environment"; //$NON-NLS-1$
	public static final String MESH_PAGE = "mesh"; //$NON-NLS-1$
	public static final String CRITERIA_PAGE = "criteria"; //$NON-NLS-1$
	public static final String TREE_PAGE = "tree"; //$NON-NLS-1$

	private final List<Consumer<StudyMaterials>> materialListeners = new ArrayList<>();
	private final CommandStackListener changes = this::commandStackChanged;
	private StudyDocument document;
	private LiveValidation validation;
	private StudyMaterials materials;
	private Job materialsJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		document = StudyDocument.open(input);
		super.init(site, input);
		setPartName(input.getName());
		setTitleToolTip(document.path().toString());
		Display display = site.getShell().getDisplay();
		validation = new LiveValidation(document.study(), document.file(), display);
		validation.onUnreadableChanged(() -> firePropertyChange(PROP_DIRTY));
		document.domain().getCommandStack().addCommandStackListener(changes);
		materialsJob = StudyMaterials.load(read -> UiThread.asyncExec(display, () -> materialsRead(read)));
		validation.validateNow();
	}

	@Override
	protected void addPages() {
		DisplayUnitsChange.onChange(getContainer(), validation::validateNow);
		try {
			addPage(new LaserPage(this));
			addPage(new TargetPage(this));
			addPage(new EnvironmentPage(this));
			addPage(new MeshSolverPage(this));
			addPage(new CriteriaProbesPage(this));
			addPage(new TreePage(this));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private void commandStackChanged(EventObject event) {
		firePropertyChange(PROP_DIRTY);
		validation.schedule();
	}

	private void materialsRead(StudyMaterials read) {
		if (validation == null || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		materials = read;
		validation.setLibrary(read.library(), read.warning());
		for (Consumer<StudyMaterials> listener : List.copyOf(materialListeners)) {
			listener.accept(read);
		}
	}

	/** Calls {@code listener} with the material library once it is read (at once if it is). */
	void whenMaterialsRead(Consumer<StudyMaterials> listener) {
		materialListeners.add(listener);
		if (materials != null) {
			listener.accept(materials);
		}
	}

	void removeMaterialsListener(Consumer<StudyMaterials> listener) {
		materialListeners.remove(listener);
	}

	/** @return the materials layers can refer to, or null while they are being read */
	public StudyMaterials materials() {
		return materials;
	}

	public StudyDocument document() {
		return document;
	}

	public LiveValidation validation() {
		return validation;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast(new MarkerNavigation(this));
		}
		if (adapter == IContentOutlinePage.class && document != null) {
			return adapter.cast(new StudyOutlinePage(this));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		getContainer().setFocus();
		List<Problem> unreadable = validation.unreadable();
		if (!unreadable.isEmpty()) {
			// the heading and the field say what is wrong; a dialog would only repeat it
			getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NLS.bind(Messages.Editor_notSaved, unreadable.get(0).message()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		try {
			document.save(monitor);
		} catch (CoreException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered: a study is saved where it was opened.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return document != null && (document.isDirty() || validation != null && !validation.unreadable().isEmpty());
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.domain().getCommandStack().removeCommandStackListener(changes);
			if (materialsJob != null) {
				materialsJob.cancel();
			}
			materialListeners.clear();
			validation.dispose(isDirty());
		}
		super.dispose();
		if (document != null) {
			document.dispose();
		}
	}
}
