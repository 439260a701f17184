/** The Jobs view (every job of the job list, its actions and filter) and the Run Summary. */
package org.laserdamage.runs.ui.internal.monitor;
