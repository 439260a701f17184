package org.laserdamage.runs.ui.internal.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.laserdamage.core.RunStatus;
import org.laserdamage.runs.ui.internal.LaunchCheck;
import org.laserdamage.runs.ui.internal.LocalRuns;

/**
 * Launches a "Laser Damage Simulation": checks the study and the
 * configuration, submits a job to the workbench's job runner and returns; the
 * Jobs view, the Progress view and the console follow the job.
 */
public final class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile study = LaunchAttributes.study(configuration);
		List<String> errors = LaunchCheck.errors(study, false);
		if (!errors.isEmpty()) {
			throw RunStatus.invalid(LaunchCheck.message(study, errors));
		}
		LocalRuns.getDefault().submit(study, LaunchAttributes.choice(configuration), true);
	}

	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false; // studies are not built
	}
}
