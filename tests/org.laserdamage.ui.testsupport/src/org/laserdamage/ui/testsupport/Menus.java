package org.laserdamage.ui.testsupport;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Menus of the menu bar and context menus as a user sees them: shown first
 * (menu managers fill their menus when shown), items found by their label
 * without mnemonic and accelerator. Call from the test thread.
 */
public final class Menus {

	private Menus() {
	}

	/** @return the labels of the context menu of {@code control}, as it shows now */
	public static List<String> contextLabels(Control control) {
		return Ui.call(() -> {
			Menu menu = control.getMenu();
			menu.notifyListeners(SWT.Show, null);
			List<String> labels = Arrays.stream(menu.getItems()).map(i -> plain(i.getText())).toList();
			menu.notifyListeners(SWT.Hide, null);
			return labels;
		});
	}

	/** @return whether the context menu item {@code label} of {@code control} is enabled */
	public static boolean contextEnabled(Control control, String label) {
		return Ui.call(() -> {
			Menu menu = control.getMenu();
			menu.notifyListeners(SWT.Show, null);
			boolean enabled = item(menu, label).getEnabled();
			menu.notifyListeners(SWT.Hide, null);
			return enabled;
		});
	}

	/** Selects the context menu item {@code label} of {@code control}; what it opens may block, so the selection is asynchronous. */
	public static void selectContext(Control control, String label) {
		MenuItem item = Ui.call(() -> {
			Menu menu = control.getMenu();
			menu.notifyListeners(SWT.Show, null);
			MenuItem found = item(menu, label);
			if (!found.getEnabled()) {
				throw new AssertionError(label + " is disabled"); //$NON-NLS-1$
			}
			return found;
		});
		select(item);
	}

	/** Selects {@code path} (e.g. "Help", "About Laser Damage Workbench") in the workbench window's menu bar, asynchronously. */
	public static void selectMain(String... path) {
		MenuItem item = Ui.call(() -> {
			Menu menu = Ui.workbenchShell().getMenuBar();
			MenuItem found = null;
			for (String label : path) {
				if (menu == null) {
					throw new AssertionError("no menu below " + found); //$NON-NLS-1$
				}
				menu.notifyListeners(SWT.Show, null);
				found = item(menu, label);
				menu = found.getMenu();
			}
			return found;
		});
		select(item);
	}

	private static void select(MenuItem item) {
		// a modal dialog opened by the item would block a syncExec
		Ui.display().asyncExec(() -> {
			Menu menu = item.getParent();
			item.notifyListeners(SWT.Selection, null);
			if (!menu.isDisposed()) {
				menu.notifyListeners(SWT.Hide, null);
			}
		});
		Ui.processEvents();
	}

	private static MenuItem item(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(i -> plain(i.getText()).equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item " + label + " in " //$NON-NLS-1$ //$NON-NLS-2$
						+ Arrays.stream(menu.getItems()).map(i -> plain(i.getText())).toList()));
	}

	static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
