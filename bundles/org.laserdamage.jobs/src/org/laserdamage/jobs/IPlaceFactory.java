package org.laserdamage.jobs;

import org.eclipse.core.runtime.CoreException;

/**
 * Creates a place to run jobs from the settings of this installation;
 * contributed through the {@value PlaceRegistry#EXTENSION_POINT} extension
 * point.
 */
public interface IPlaceFactory {

	/**
	 * @throws CoreException an {@code INVALID_INPUT} of {@code org.laserdamage.core.RunStatus} naming the setting
	 *                       ({@link JobSettings#environmentName(String)} too) and the fix when one is missing or
	 *                       unusable
	 */
	IPlace create(JobSettings settings) throws CoreException;
}
