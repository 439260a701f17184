package org.laserdamage.study.ui.internal.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates.Template;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * Where the new study goes: a project folder and a file name; the file starts
 * as a copy of the template. A project that does not exist yet is created on
 * Finish, and an empty workspace gets one proposed.
 */
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
	public void createControl(Composite parent) {
		super.createControl(parent);
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0) {
			// setContainerFullPath ignores a folder that does not exist; the first text is the folder's
			Text folder = firstText((Composite) getControl());
			if (folder != null && folder.getText().isEmpty()) {
				folder.setText(Messages.File_defaultProject);
			}
		}
	}

	private static Text firstText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof Composite composite && firstText(composite) != null) {
				return firstText(composite);
			}
		}
		return null;
	}

	@Override
	protected boolean validatePage() {
		if (super.validatePage()) {
			return true;
		}
		IProject project = projectToCreate();
		String name = getFileName();
		if (project == null || name.isEmpty()
				|| !ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE).isOK()) {
			return false;
		}
		setErrorMessage(null);
		setMessage(NLS.bind(Messages.File_projectCreated, project.getName()), INFORMATION);
		return true;
	}

	/** @return the project of the chosen folder when it does not exist yet and may be created, else null */
	private IProject projectToCreate() {
		IPath folder = getContainerFullPath();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (folder == null || folder.segmentCount() == 0
				|| !workspace.validateName(folder.segment(0), IResource.PROJECT).isOK()
				|| !workspace.validatePath(folder.makeAbsolute().toString(), IResource.PROJECT | IResource.FOLDER)
						.isOK()) {
			return null;
		}
		IProject project = workspace.getRoot().getProject(folder.segment(0));
		return project.exists() ? null : project;
	}

	@Override
	public IFile createNewFile() {
		IProject project = projectToCreate();
		if (project != null) {
			try {
				project.create(null);
				project.open(null);
			} catch (CoreException e) {
				setErrorMessage(e.getStatus().getMessage());
				return null;
			}
		}
		return super.createNewFile();
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
