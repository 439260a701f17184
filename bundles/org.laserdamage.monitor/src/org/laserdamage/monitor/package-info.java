/**
 * System health and jobs, measured here or asked of a server: the samples
 * the Monitoring perspective charts ({@link org.laserdamage.monitor.SystemSample},
 * {@link org.laserdamage.monitor.SampleHistory}), where they come from
 * ({@link org.laserdamage.monitor.IMetricSource}), and the client of a
 * server's HTTP API ({@link org.laserdamage.monitor.ServerClient}). No UI.
 */
package org.laserdamage.monitor;
