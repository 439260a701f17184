package org.laserdamage.runs.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.laserdamage.runs.ui.internal.Activator;
import org.laserdamage.ui.LaserDamageUI;

/** The study to run: a project of the workspace and a study file in it. */
final class StudyTab extends AbstractLaunchConfigurationTab {

	private Text project;
	private Text file;
	private Image image;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(Messages.StudyTab_project);
		project = LaunchTabs.text(page, "launch.project", 2, this::updateLaunchConfigurationDialog); //$NON-NLS-1$
		new Label(page, SWT.NONE).setText(Messages.StudyTab_file);
		file = LaunchTabs.text(page, "launch.file", 1, this::updateLaunchConfigurationDialog); //$NON-NLS-1$
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Tab_browse);
		browse.setData(LaserDamageUI.WIDGET_KEY, "launch.browseStudy"); //$NON-NLS-1$
		browse.addListener(SWT.Selection, e -> browse());
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.StudyTab_hint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		setControl(page);
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle(Messages.StudyTab_browseTitle);
		dialog.setInitialPattern("*.ldsim"); //$NON-NLS-1$
		if (dialog.open() == Window.OK && dialog.getResult().length == 1
				&& dialog.getResult()[0] instanceof IFile study) {
			project.setText(study.getProject().getName());
			file.setText(study.getProjectRelativePath().toPortableString());
		}
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchAttributes.setDefaults(configuration);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		project.setText(LaunchTabs.attribute(configuration, LaunchAttributes.PROJECT, "")); //$NON-NLS-1$
		file.setText(LaunchTabs.attribute(configuration, LaunchAttributes.FILE, "")); //$NON-NLS-1$
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.PROJECT, project.getText().strip());
		configuration.setAttribute(LaunchAttributes.FILE, file.getText().strip());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		try {
			LaunchAttributes.study(configuration);
			return true;
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
			return false;
		}
	}

	@Override
	public String getName() {
		return Messages.StudyTab_name;
	}

	@Override
	public Image getImage() {
		if (image == null) {
			image = Activator.imageDescriptor("icons/study.png").createImage(); //$NON-NLS-1$
		}
		return image;
	}

	@Override
	public void dispose() {
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}
}
