package org.laserdamage.ui.testsupport;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of a wizard dialog opened from a menu (File &gt; Back Up...,
 * File &gt; Restore from Backup...): its fields by widget key, its tables,
 * Next and Finish, and the current page's error message.
 */
public final class WizardDialogPage {

	private final Shell shell;

	private WizardDialogPage(Shell shell) {
		this.shell = shell;
	}

	/** Chooses {@code menu} &gt; {@code item} and waits for the wizard titled {@code title}. */
	public static WizardDialogPage openFromMenu(String menu, String item, String title) {
		MainMenu.chooseLater(menu, item);
		return new WizardDialogPage(Dialogs.waitForShell(title));
	}

	public Shell shell() {
		return shell;
	}

	public WizardDialogPage setText(String key, String value) {
		Dialogs.setText(shell, key, value);
		return this;
	}

	/** @return the text of the field with widget key {@code key} */
	public String text(String key) {
		Text text = Ui.waitFor(() -> shell, key, Text.class);
		return Ui.call(text::getText);
	}

	/** Sets the check box with widget key {@code key} as a click would. */
	public WizardDialogPage check(String key, boolean checked) {
		Button b = Ui.waitFor(() -> shell, key, Button.class);
		Ui.run(() -> {
			b.setSelection(checked);
			b.notifyListeners(SWT.Selection, new Event());
		});
		return this;
	}

	/** Presses a button of the dialog or the page by its label (Next &gt;, Finish, List Sets, ...). */
	public WizardDialogPage press(String label) {
		Dialogs.press(shell, label);
		return this;
	}

	/** Presses Next &gt; and waits until the page it starts has ended (its work done or refused). */
	public WizardDialogPage next() {
		IWizardPage before = Ui.call(this::currentPage);
		press("Next >"); //$NON-NLS-1$
		Ui.waitUntil("the page's work to end", //$NON-NLS-1$
				() -> Ui.call(() -> currentPage() != before || currentPage().getErrorMessage() != null));
		return this;
	}

	/** Lets the dialog handle and paint what the test did to it (before a screenshot). */
	public WizardDialogPage settle() {
		for (int i = 0; i < 3; i++) { // GTK paints a changed check box a moment later
			Ui.processEvents();
			Ui.run(shell::update);
			Ui.pause(100);
		}
		return this;
	}

	/** Presses Finish and waits until the wizard has closed. */
	public void finish() {
		press("Finish"); //$NON-NLS-1$
		Dialogs.waitUntilClosed(shell);
	}

	/** @return the name of the current page */
	public String pageName() {
		return Ui.call(() -> currentPage().getName());
	}

	/** @return the current page's error message, or null */
	public String errorMessage() {
		return Ui.call(() -> currentPage().getErrorMessage());
	}

	/** @return whether Next &gt; can be pressed */
	public boolean canGoNext() {
		return Ui.call(() -> {
			Button next = Ui.find(shell, Button.class, b -> "Next >".equals(b.getText().replace("&", ""))); //$NON-NLS-1$ //$NON-NLS-2$
			return next != null && next.isEnabled();
		});
	}

	/** @return the cells of the table with widget key {@code key}, row by row */
	public String[][] rows(String key) {
		Table table = Ui.waitFor(() -> shell, key, Table.class);
		return Ui.call(() -> {
			TableItem[] items = table.getItems();
			String[][] rows = new String[items.length][];
			for (int r = 0; r < items.length; r++) {
				int columns = Math.max(1, table.getColumnCount());
				rows[r] = new String[columns];
				for (int c = 0; c < columns; c++) {
					rows[r][c] = items[r].getText(c);
				}
			}
			return rows;
		});
	}

	/** Selects row {@code row} of the table with widget key {@code key}, as a click would. */
	public WizardDialogPage selectRow(String key, int row) {
		Table table = Ui.waitFor(() -> shell, key, Table.class);
		Ui.run(() -> {
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
		});
		return this;
	}

	private IWizardPage currentPage() {
		return ((WizardDialog) shell.getData()).getCurrentPage();
	}
}
