package org.laserdamage.runs.ui.internal.launch;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.laserdamage.ui.LaserDamageUI;

/**
 * What one run may use: the processors its solver may take (the solver option
 * {@value LaunchAttributes#PROCESSORS_OPTION}, e.g. ANSYS's {@code -np}), and,
 * for reference, how many local jobs run at once ({@code local.slots}, a
 * workbench-wide preference).
 */
final class ResourcesTab extends AbstractLaunchConfigurationTab {

	private Spinner processors;
	private Label slots;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText(Messages.ResourcesTab_processors);
		processors = new Spinner(page, SWT.BORDER);
		processors.setData(LaserDamageUI.WIDGET_KEY, "launch.processors"); //$NON-NLS-1$
		processors.setValues(0, 0, 1024, 0, 1, 4);
		processors.addModifyListener(e -> updateLaunchConfigurationDialog());
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.ResourcesTab_processorsHint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		slots = new Label(page, SWT.WRAP);
		slots.setData(LaserDamageUI.WIDGET_KEY, "launch.slots"); //$NON-NLS-1$
		slots.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		setControl(page);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchAttributes.setDefaults(configuration);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		processors.setSelection(LaunchTabs.attribute(configuration, LaunchAttributes.PROCESSORS, 0));
		String localSlots = WorkbenchJobs.settings().get(LocalPlace.SLOTS)
				.orElse(Integer.toString(LocalPlace.DEFAULT_SLOTS));
		slots.setText(NLS.bind(Messages.ResourcesTab_slots, localSlots));
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.PROCESSORS, processors.getSelection());
	}

	@Override
	public String getName() {
		return Messages.ResourcesTab_name;
	}
}
