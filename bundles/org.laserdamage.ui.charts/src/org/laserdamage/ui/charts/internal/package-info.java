/** The chart canvas's context menu. */
package org.laserdamage.ui.charts.internal;
