package org.laserdamage.ui.testsupport;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** The Preferences dialog opened on one page, driven through the page's widget keys. Call from the test thread. */
public final class PreferencesDialogPage {

	public static final String TITLE = "Preferences"; //$NON-NLS-1$

	private final Shell shell;

	private PreferencesDialogPage(Shell shell) {
		this.shell = shell;
	}

	/** Opens Window &gt; Preferences on the page {@code pageId}. */
	public static PreferencesDialogPage open(String pageId) {
		Dialogs.openLater(() -> {
			PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.workbenchShell(), pageId, null, null);
			dialog.open();
		});
		return new PreferencesDialogPage(Dialogs.waitForShell(TITLE));
	}

	public Shell shell() {
		return shell;
	}

	public PreferencesDialogPage setText(String key, String value) {
		Dialogs.setText(shell, key, value);
		return this;
	}

	/** @return the text of the field with widget key {@code key} */
	public String text(String key) {
		org.eclipse.swt.widgets.Text text = Ui.waitFor(() -> shell, key, org.eclipse.swt.widgets.Text.class);
		return Ui.call(text::getText);
	}

	/** Presses Apply and Close. */
	public void ok() {
		Dialogs.press(shell, "Apply and Close"); //$NON-NLS-1$
		Dialogs.waitUntilClosed(shell);
	}

	public void cancel() {
		Dialogs.press(shell, "Cancel"); //$NON-NLS-1$
		Dialogs.waitUntilClosed(shell);
	}
}
