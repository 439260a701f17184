/**
 * The analyst's workbench. UI only: every long operation lives in the core
 * bundles and is wrapped here in a Job.
 */
package org.laserdamage.ui;
