package org.laserdamage.ui.charts.internal;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.laserdamage.ui.charts.ChartCanvas;

/** The context menu of a chart canvas: export as PNG or SVG. */
public final class ChartMenu {

	private ChartMenu() {
	}

	public static void attach(ChartCanvas chartCanvas) {
		Control control = chartCanvas.getControl();
		Menu menu = new Menu(control);
		MenuItem png = new MenuItem(menu, SWT.PUSH);
		png.setText(Messages.ChartMenu_exportPng);
		png.addListener(SWT.Selection, event -> export(chartCanvas, ".png", chartCanvas::exportPng)); //$NON-NLS-1$
		MenuItem svg = new MenuItem(menu, SWT.PUSH);
		svg.setText(Messages.ChartMenu_exportSvg);
		svg.addListener(SWT.Selection, event -> export(chartCanvas, ".svg", chartCanvas::exportSvg)); //$NON-NLS-1$
		menu.addListener(SWT.Show, event -> {
			png.setEnabled(chartCanvas.getChart() != null);
			svg.setEnabled(chartCanvas.getChart() != null);
		});
		control.setMenu(menu);
	}

	/** Asks for a file and writes the chart there as PNG. */
	public static void exportPng(ChartCanvas chartCanvas) {
		export(chartCanvas, ".png", chartCanvas::exportPng); //$NON-NLS-1$
	}

	/** Asks for a file and writes the chart there as SVG. */
	public static void exportSvg(ChartCanvas chartCanvas) {
		export(chartCanvas, ".svg", chartCanvas::exportSvg); //$NON-NLS-1$
	}

	/** Writes a chart to a file. */
	private interface Exporter {
		void write(File file) throws IOException;
	}

	private static void export(ChartCanvas chartCanvas, String extension, Exporter exporter) {
		Control control = chartCanvas.getControl();
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setText(Messages.ChartMenu_exportTitle);
		dialog.setFilterExtensions(new String[] { "*" + extension }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path == null) {
			return;
		}
		File file = new File(path.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path + extension);
		try {
			exporter.write(file);
		} catch (IOException | RuntimeException e) {
			ILog.of(ChartMenu.class).error("Chart export to " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageBox box = new MessageBox(control.getShell(), SWT.ICON_ERROR | SWT.OK);
			box.setText(Messages.ChartMenu_exportTitle);
			box.setMessage(NLS.bind(Messages.ChartMenu_exportFailed, file, e.getMessage()));
			box.open();
		}
	}
}
