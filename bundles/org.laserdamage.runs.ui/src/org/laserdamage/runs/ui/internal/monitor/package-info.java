/** The Runs monitor and the Run Summary: e4 parts contributed by the bundle's model fragment. */
package org.laserdamage.runs.ui.internal.monitor;
