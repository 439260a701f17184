/** The job runner of the workbench, its places made from the preferences, and where those preferences are kept. */
package org.laserdamage.runs.ui.internal.jobs;
