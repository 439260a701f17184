package org.laserdamage.monitor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where the Monitoring perspective reads its samples: this workbench
 * ({@link LocalMetricSource}) or a server ({@link ServerClient}).
 */
public interface IMetricSource {

	/**
	 * Reads one sample. May block (a server over the network): never call it in the UI thread.
	 *
	 * @throws CoreException when the source cannot be read; the status says why and what to change
	 */
	SystemSample sample(IProgressMonitor monitor) throws CoreException;

	/** @return what the source is, for the view's heading ("this workbench", the server's address) */
	String label();
}
