/** The workbench job that follows a job of the job model for a workspace study, the runs of this session, the runs console and the Run Study handler. */
package org.laserdamage.runs.ui.internal;
