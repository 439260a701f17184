/** The Laser Damage Simulation launch configuration type: its attributes, delegate, tabs and Run As shortcut. */
package org.laserdamage.runs.ui.internal.launch;
