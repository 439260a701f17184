package org.laserdamage.monitor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.Job;

/**
 * Samples of this machine and of a local job list (the workbench's jobs):
 * CPU and memory of the machine, the disk holding the data folder, running
 * and waiting jobs and the counts of ended ones. Licences are not counted
 * locally ({@code null}).
 */
public final class LocalMetricSource implements IMetricSource {

	private final IJobStore jobs;
	private final Path data;
	private final String label;

	/**
	 * @param jobs  the job list
	 * @param data  the folder whose volume's use is the disk reading
	 * @param label what the view calls this source
	 */
	public LocalMetricSource(IJobStore jobs, Path data, String label) {
		this.jobs = jobs;
		this.data = data;
		this.label = label;
	}

	@Override
	public SystemSample sample(IProgressMonitor monitor) throws CoreException {
		Map<RunState, Integer> counts = new EnumMap<>(RunState.class);
		for (Job job : jobs.list()) {
			counts.merge(job.state(), 1, Integer::sum);
		}
		return new SystemSample(Instant.now(), SystemUsage.cpuPercent().orElse(null),
				SystemUsage.memoryPercent().orElse(null), SystemUsage.diskPercent(data).orElse(null),
				counts.getOrDefault(RunState.RUNNING, 0),
				counts.getOrDefault(RunState.QUEUED, 0) + counts.getOrDefault(RunState.WAITING, 0),
				counts.getOrDefault(RunState.SUCCEEDED, 0), counts.getOrDefault(RunState.FAILED, 0),
				counts.getOrDefault(RunState.CANCELLED, 0), null, null);
	}

	@Override
	public String label() {
		return label;
	}
}
