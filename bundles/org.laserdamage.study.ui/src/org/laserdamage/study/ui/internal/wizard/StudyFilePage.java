package org.laserdamage.study.ui.internal.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates.Template;
import org.laserdamage.ui.WorkbenchPreferences;

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
			return withDefaultSolver(template);
		} catch (IOException | StudyFormatException e) {
			ILog.of(StudyFilePage.class).error("The study template " + template.fileName() + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	/**
	 * @return the template, its solver replaced by the preferred one
	 *         (Preferences &gt; Laser Damage) when they differ
	 */
	private static InputStream withDefaultSolver(Template template) throws IOException, StudyFormatException {
		String solver = WorkbenchPreferences.defaultSolver();
		Path copy = Files.createTempFile("study-template", "." + StudyIO.EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (InputStream in = template.open()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			Study study = StudyIO.load(copy);
			if (solver.equals(study.getSolver().getSolverId())) {
				return template.open();
			}
			study.getSolver().setSolverId(solver);
			StudyIO.save(study, copy);
			return new ByteArrayInputStream(Files.readAllBytes(copy));
		} finally {
			Files.deleteIfExists(copy);
		}
	}
}
