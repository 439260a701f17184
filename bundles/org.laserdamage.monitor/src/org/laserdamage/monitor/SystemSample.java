package org.laserdamage.monitor;

import java.time.Instant;

/**
 * One reading of system health and jobs, from this workbench or from a
 * server. Values that the source cannot measure are {@code null} (a chart
 * leaves a gap rather than drawing a zero).
 *
 * @param time          when it was read
 * @param cpuPercent    CPU in use, 0 to 100
 * @param memoryPercent memory in use, 0 to 100
 * @param diskPercent   the results volume in use, 0 to 100
 * @param active        simulations running (on this workbench; on a server: on every replica)
 * @param queued        simulations waiting for a slot
 * @param succeeded     jobs that ever succeeded (a running count: rates come from two samples)
 * @param failed        jobs that ever failed
 * @param cancelled     jobs that were ever cancelled
 * @param licencesUsed  ANSYS licences in use; {@code null} when no licence server is configured
 * @param licencesTotal ANSYS licences issued; {@code null} when no licence server is configured
 */
public record SystemSample(Instant time, Double cpuPercent, Double memoryPercent, Double diskPercent, int active,
		int queued, long succeeded, long failed, long cancelled, Integer licencesUsed, Integer licencesTotal) {

	/** @return jobs that ended in any way */
	public long ended() {
		return succeeded + failed + cancelled;
	}
}
