/**
 * Jobs: a study frozen with its exact material versions, a solver and a
 * place to run it, going through the states of
 * {@link org.laserdamage.core.RunState} with a reason while it waits.
 * {@link org.laserdamage.jobs.JobRunner} schedules jobs on
 * {@link org.laserdamage.jobs.IPlace places} (local slots today; a cluster
 * and a server later) and keeps them in an {@link org.laserdamage.jobs.IJobStore}
 * that outlives the process. No user interface.
 */
package org.laserdamage.jobs;
