/**
 * Running studies in the workbench: the Run Study command, the queue of
 * local runs, where runs are kept beside their study, the Studies navigator
 * and the Jobs view.
 */
package org.laserdamage.runs.ui;
