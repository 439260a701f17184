package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Help &gt; About Laser Damage Workbench and its Installation Details, opened
 * through the workbench window's menu bar. Call from the test thread.
 */
public final class AboutDialogPage {

	private final Shell shell;

	private AboutDialogPage(Shell shell) {
		this.shell = shell;
	}

	/** Opens Help > About Laser Damage Workbench and waits for the dialog. */
	public static AboutDialogPage open() {
		Menus.selectMain("Help", "About Laser Damage Workbench"); //$NON-NLS-1$ //$NON-NLS-2$
		return new AboutDialogPage(waitForShell("about.dialog")); //$NON-NLS-1$
	}

	/** @return the shell with widget key {@code key} once it is open */
	public static Shell waitForShell(String key) {
		Ui.waitUntil("a shell " + key, () -> shell(key) != null); //$NON-NLS-1$
		return Ui.call(() -> shell(key));
	}

	private static Shell shell(String key) {
		return Arrays.stream(Ui.display().getShells())
				.filter(s -> !s.isDisposed() && s.isVisible() && key.equals(s.getData(LaserDamageUI.WIDGET_KEY)))
				.findFirst().orElse(null);
	}

	public String title() {
		return Ui.call(shell::getText);
	}

	/** @return the text of the label with widget key {@code key} ({@code about.product}, {@code about.version}, {@code about.buildId}) */
	public String text(String key) {
		return Ui.call(() -> {
			Label label = Ui.find(shell, key, Label.class);
			if (label == null) {
				throw new AssertionError("no label " + key); //$NON-NLS-1$
			}
			return label.getText();
		});
	}

	/** Presses Installation Details and returns the rows of its table (symbolic name, version, state). */
	public List<List<String>> installationDetails() {
		Button details = Ui.call(() -> Ui.find(shell, "about.details", Button.class)); //$NON-NLS-1$
		Ui.display().asyncExec(() -> details.notifyListeners(SWT.Selection, null));
		Shell detailsShell = waitForShell("about.detailsDialog"); //$NON-NLS-1$
		List<List<String>> rows = Ui.call(() -> {
			Table table = Ui.find(detailsShell, "about.bundles", Table.class); //$NON-NLS-1$
			List<List<String>> all = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				all.add(List.of(item.getText(0), item.getText(1), item.getText(2)));
			}
			return all;
		});
		Ui.run(detailsShell::close);
		return rows;
	}

	/** Closes the About dialog. */
	public void close() {
		Ui.run(shell::close);
		Ui.processEvents();
	}
}
