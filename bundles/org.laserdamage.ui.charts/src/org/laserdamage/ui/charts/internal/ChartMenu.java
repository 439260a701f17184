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

/** The context menu of a chart canvas: export as PNG. */
public final class ChartMenu {

	private ChartMenu() {
	}

	public static void attach(ChartCanvas chartCanvas) {
		Control control = chartCanvas.getControl();
		Menu menu = new Menu(control);
		MenuItem export = new MenuItem(menu, SWT.PUSH);
		export.setText(Messages.ChartMenu_exportPng);
		export.addListener(SWT.Selection, event -> exportPng(chartCanvas));
		menu.addListener(SWT.Show, event -> export.setEnabled(chartCanvas.getChart() != null));
		control.setMenu(menu);
	}

	private static void exportPng(ChartCanvas chartCanvas) {
		Control control = chartCanvas.getControl();
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setText(Messages.ChartMenu_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path == null) {
			return;
		}
		File file = new File(path.toLowerCase(Locale.ROOT).endsWith(".png") ? path : path + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			chartCanvas.exportPng(file);
		} catch (IOException e) {
			ILog.of(ChartMenu.class).error("Chart export to " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageBox box = new MessageBox(control.getShell(), SWT.ICON_ERROR | SWT.OK);
			box.setText(Messages.ChartMenu_exportTitle);
			box.setMessage(NLS.bind(Messages.ChartMenu_exportFailed, file, e.getMessage()));
			box.open();
		}
	}
}
