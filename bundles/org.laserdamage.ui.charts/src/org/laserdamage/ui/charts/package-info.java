/**
 * Shows JFreeChart charts in SWT: a chart is drawn off-screen with java.awt
 * into an image, copied pixel by pixel into SWT image data and painted on a
 * canvas. No SWT_AWT bridge and no AWT window, so it works the same under
 * Xvfb, over remote X and with {@code -Djava.awt.headless=true}.
 */
package org.laserdamage.ui.charts;
