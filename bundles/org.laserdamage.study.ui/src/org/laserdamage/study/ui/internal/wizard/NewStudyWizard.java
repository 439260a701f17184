package org.laserdamage.study.ui.internal.wizard;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.study.ui.StudyUI;

/** New Study: pick a template, then a project folder and file name; the new study opens in the study editor. */
public final class NewStudyWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TemplatePage templatePage;
	private StudyFilePage filePage;

	public NewStudyWizard() {
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
		workbench = newWorkbench;
		selection = newSelection;
	}

	@Override
	public void addPages() {
		templatePage = new TemplatePage(StudyTemplates.all());
		filePage = new StudyFilePage(selection, templatePage);
		addPage(templatePage);
		addPage(filePage);
	}

	@Override
	public boolean canFinish() {
		return templatePage.selected() != null && filePage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, file, StudyUI.EDITOR_ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
		return true;
	}
}
