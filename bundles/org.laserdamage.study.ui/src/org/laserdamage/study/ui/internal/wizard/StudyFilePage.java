package org.laserdamage.study.ui.internal.wizard;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates.Template;

/** Where the new study goes: a project folder and a file name; the file starts as a copy of the template. */
final class StudyFilePage extends WizardNewFileCreationPage {

	private final TemplatePage templates;

	StudyFilePage(IStructuredSelection selection, TemplatePage templates) {
		super("file", selection); //$NON-NLS-1$
		this.templates = templates;
		setTitle(Messages.File_title);
		setDescription(Messages.File_description);
		setFileExtension(StudyIO.EXTENSION);
	}

	@Override
	public void setVisible(boolean visible) {
		Template template = templates.selected();
		if (visible && template != null && getFileName().isEmpty()) {
			setFileName(template.fileName());
		}
		super.setVisible(visible);
	}

	@Override
	protected InputStream getInitialContents() {
		Template template = templates.selected();
		if (template == null) {
			return null;
		}
		try {
			return template.open();
		} catch (IOException e) {
			ILog.of(StudyFilePage.class).error("The study template " + template.fileName() + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}
}
