package org.laserdamage.runs.ui.internal.launch;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.jobs.PlaceRegistry.PlaceDescriptor;
import org.laserdamage.ui.LaserDamageUI;

/** Where to run: a contributed place, the timeout of one attempt and how many attempts. */
final class PlaceTab extends AbstractLaunchConfigurationTab {

	private final List<PlaceDescriptor> places = PlaceRegistry.places();
	private Combo place;
	private Label description;
	private Text timeout;
	private Spinner attempts;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText(Messages.PlaceTab_place);
		place = LaunchTabs.combo(page, "launch.place", 1, this::changed); //$NON-NLS-1$
		places.forEach(p -> place.add(p.name() + " (" + p.id() + ')')); //$NON-NLS-1$
		description = new Label(page, SWT.WRAP);
		description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(Messages.PlaceTab_timeout);
		timeout = LaunchTabs.text(page, "launch.timeout", 1, this::updateLaunchConfigurationDialog); //$NON-NLS-1$
		timeout.setMessage(Messages.PlaceTab_noTimeout);
		new Label(page, SWT.NONE).setText(Messages.PlaceTab_attempts);
		attempts = new Spinner(page, SWT.BORDER);
		attempts.setData(LaserDamageUI.WIDGET_KEY, "launch.attempts"); //$NON-NLS-1$
		attempts.setValues(1, 1, LaunchAttributes.MAX_ATTEMPTS, 0, 1, 1);
		attempts.addModifyListener(e -> updateLaunchConfigurationDialog());
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.PlaceTab_attemptsHint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		setControl(page);
	}

	private void changed() {
		int index = place.getSelectionIndex();
		description.setText(index < 0 || places.get(index).description() == null ? "" //$NON-NLS-1$
				: places.get(index).description());
		description.getParent().layout(true);
		updateLaunchConfigurationDialog();
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchAttributes.setDefaults(configuration);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		String id = LaunchTabs.attribute(configuration, LaunchAttributes.PLACE, LocalPlace.ID);
		place.select(0);
		for (int i = 0; i < places.size(); i++) {
			if (places.get(i).id().equals(id)) {
				place.select(i);
			}
		}
		timeout.setText(LaunchTabs.attribute(configuration, LaunchAttributes.TIMEOUT, "")); //$NON-NLS-1$
		attempts.setSelection(LaunchTabs.attribute(configuration, LaunchAttributes.ATTEMPTS, 1));
		changed();
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		int index = place.getSelectionIndex();
		configuration.setAttribute(LaunchAttributes.PLACE, index < 0 ? LocalPlace.ID : places.get(index).id());
		configuration.setAttribute(LaunchAttributes.TIMEOUT, timeout.getText().strip());
		configuration.setAttribute(LaunchAttributes.ATTEMPTS, attempts.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		try {
			LaunchAttributes.timeout(timeout.getText());
			return true;
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
			return false;
		}
	}

	@Override
	public String getName() {
		return Messages.PlaceTab_name;
	}
}
