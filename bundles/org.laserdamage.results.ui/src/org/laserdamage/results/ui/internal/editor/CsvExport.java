package org.laserdamage.results.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.ui.LaserDamageUI;

/** An "Export CSV…" button: asks for a file and writes a table of the run to it. */
final class CsvExport {

	private static final String EXTENSION = ".csv"; //$NON-NLS-1$

	private CsvExport() {
	}

	/**
	 * @param key      widget key of the button
	 * @param fileName suggested file name
	 * @param content  what to write, asked for when the user has chosen the file
	 */
	static Button button(Composite parent, String key, String fileName, Supplier<ResultsCsv.Content> content) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.Export_csv);
		button.setData(LaserDamageUI.WIDGET_KEY, key);
		button.addListener(SWT.Selection, event -> export(parent, fileName, content));
		return button;
	}

	private static void export(Composite parent, String fileName, Supplier<ResultsCsv.Content> content) {
		FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*" + EXTENSION }); //$NON-NLS-1$
		dialog.setFileName(fileName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? chosen : chosen + EXTENSION);
		try {
			ResultsCsv.write(file, content.get());
		} catch (IOException e) {
			ILog.of(CsvExport.class).error("CSV export to " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(parent.getShell(), Messages.Export_title,
					NLS.bind(Messages.Export_failed, file, e.getMessage()));
		}
	}
}
