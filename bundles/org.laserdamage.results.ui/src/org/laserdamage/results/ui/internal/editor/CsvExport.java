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
import org.eclipse.swt.widgets.Shell;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.ui.LaserDamageUI;

/**
 * An "Export CSV…" button: asks for a file, in the run's folder unless the
 * user goes elsewhere, and writes a table of the run to it.
 */
public final class CsvExport {

	private static final String EXTENSION = ".csv"; //$NON-NLS-1$

	private CsvExport() {
	}

	/**
	 * @param key      widget key of the button
	 * @param run      the run directory, where the dialog starts
	 * @param fileName what the table is, e.g. {@code probes.csv}
	 * @param content  what to write, asked for when the user has chosen the file
	 */
	static Button button(Composite parent, String key, Path run, String fileName, Supplier<ResultsCsv.Content> content) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.Export_csv);
		button.setData(LaserDamageUI.WIDGET_KEY, key);
		button.addListener(SWT.Selection, event -> export(parent, run, fileName, content));
		return button;
	}

	/**
	 * @return the Save dialog of an export, not yet open: in the run directory, the file named after
	 *         the run and the table ({@code 20261126-093015-probes.csv}) so it never replaces the
	 *         run's own {@code probes.csv}
	 */
	public static FileDialog dialog(Shell shell, Path run, String fileName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*" + EXTENSION }); //$NON-NLS-1$
		dialog.setFilterPath(run.toString());
		dialog.setFileName(run.getFileName() + "-" + fileName); //$NON-NLS-1$
		dialog.setOverwrite(true);
		return dialog;
	}

	private static void export(Composite parent, Path run, String fileName, Supplier<ResultsCsv.Content> content) {
		String chosen = dialog(parent.getShell(), run, fileName).open();
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
