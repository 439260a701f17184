package org.laserdamage.runs.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Makes study files launchable, which is what debug.ui asks before it offers
 * Run As in a context menu (the submenu then lists the shortcuts whose
 * enablement accepts the file: Laser Damage Simulation for a study).
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
		// a marker
	};

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == ILaunchable.class && adaptableObject instanceof IFile file && StudyRuns.isStudy(file)) {
			return adapterType.cast(LAUNCHABLE);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
