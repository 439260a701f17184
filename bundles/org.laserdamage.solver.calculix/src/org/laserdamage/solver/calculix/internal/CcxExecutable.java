package org.laserdamage.solver.calculix.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Finds the ccx executable: a path given to the solver, else the system
 * property {@value #PROPERTY}, else {@code ccx} on the {@code PATH}.
 */
public final class CcxExecutable {

	/** System property holding the path of the ccx executable. */
	public static final String PROPERTY = "laserdamage.ccx"; //$NON-NLS-1$
	static final String NAME = "ccx"; //$NON-NLS-1$

	private CcxExecutable() {
	}

	/**
	 * @param configured a path set on the solver, or null
	 * @param path       the PATH to search, or null
	 * @throws CoreException naming the setting to fix when there is no executable
	 */
	public static Path resolve(String configured, String path, String pluginId) throws CoreException {
		String property = System.getProperty(PROPERTY);
		String given = configured != null && !configured.isBlank() ? configured : property;
		if (given != null && !given.isBlank()) {
			Path exe = Path.of(given.trim());
			if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
				return exe;
			}
			String setting = configured != null && !configured.isBlank() ? Messages.settingSolver
					: Messages.bind(Messages.settingProperty, PROPERTY);
			throw new CoreException(new Status(IStatus.ERROR, pluginId,
					Messages.bind(Messages.notExecutable, setting, exe, PROPERTY)));
		}
		if (path != null) {
			for (String dir : path.split(File.pathSeparator)) {
				if (dir.isBlank()) {
					continue;
				}
				Path exe = Path.of(dir).resolve(NAME);
				if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
					return exe;
				}
			}
		}
		throw new CoreException(new Status(IStatus.ERROR, pluginId, Messages.bind(Messages.notFound, PROPERTY)));
	}
}
