/** Preferences > Laser Damage > Jobs: places and the programs of external solvers. */
package org.laserdamage.runs.ui.internal.preferences;
