package org.laserdamage.runs.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Run As &gt; Laser Damage Simulation on a study file or in the study editor:
 * runs the study's configuration, made on first use with the defaults (the
 * study's solver on this computer).
 */
public final class SimulationLaunchShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		IFile study = study(selection);
		if (study != null) {
			launch(study, mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile study = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (study != null && StudyRuns.isStudy(study)) {
			launch(study, mode);
		}
	}

	private static void launch(IFile study, String mode) {
		try {
			ILaunchConfiguration config = find(study);
			DebugUITools.launch(config == null ? create(study) : config, mode);
		} catch (CoreException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** @return the configuration that runs {@code study}, or null when it has none */
	public static ILaunchConfiguration find(IFile study) throws CoreException {
		for (ILaunchConfiguration config : manager().getLaunchConfigurations(type())) {
			if (study.getProject().getName().equals(config.getAttribute(LaunchAttributes.PROJECT, "")) //$NON-NLS-1$
					&& study.getProjectRelativePath().toPortableString()
							.equals(config.getAttribute(LaunchAttributes.FILE, ""))) { //$NON-NLS-1$
				return config;
			}
		}
		return null;
	}

	private static ILaunchConfiguration create(IFile study) throws CoreException {
		String name = manager().generateLaunchConfigurationName(study.getFullPath().removeFileExtension().lastSegment());
		ILaunchConfigurationWorkingCopy copy = type().newInstance(null, name);
		LaunchAttributes.setDefaults(copy);
		LaunchAttributes.setStudy(copy, study);
		copy.setMappedResources(new IResource[] { study });
		return copy.doSave();
	}

	private static ILaunchManager manager() {
		return DebugPlugin.getDefault().getLaunchManager();
	}

	private static ILaunchConfigurationType type() {
		return manager().getLaunchConfigurationType(LaunchAttributes.TYPE);
	}

	private static IFile study(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			return file != null && StudyRuns.isStudy(file) ? file : null;
		}
		return null;
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return configurations(study(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return configurations(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	private static ILaunchConfiguration[] configurations(IFile study) {
		try {
			ILaunchConfiguration config = study == null ? null : find(study);
			return config == null ? null : new ILaunchConfiguration[] { config };
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return study(selection);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && StudyRuns.isStudy(file) ? file : null;
	}
}
