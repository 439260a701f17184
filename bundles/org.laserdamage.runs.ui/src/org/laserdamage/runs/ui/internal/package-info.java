/** The run job, the queue of local runs, the runs console and the Run Study handler. */
package org.laserdamage.runs.ui.internal;
