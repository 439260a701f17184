package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The menu bar of the workbench window as a user sees it: the labels of a
 * menu's items (after the menu was shown, which fills contributed items) and
 * choosing one of them. Labels are given without mnemonic and accelerator.
 */
public final class MainMenu {

	private MainMenu() {
	}

	/** @return the labels of the items of the top-level menu {@code menu} (e.g. "Help"), separators left out */
	public static List<String> items(String menu) {
		return Ui.call(() -> {
			Menu shown = show(menu);
			List<String> labels = new ArrayList<>();
			for (MenuItem item : shown.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					labels.add(label(item));
				}
			}
			shown.notifyListeners(SWT.Hide, new Event());
			return labels;
		});
	}

	/** @return whether the item {@code item} of {@code menu} is enabled */
	public static boolean enabled(String menu, String item) {
		return Ui.call(() -> {
			Menu shown = show(menu);
			boolean enabled = item(shown, menu, item).isEnabled();
			shown.notifyListeners(SWT.Hide, new Event());
			return enabled;
		});
	}

	/**
	 * Chooses {@code menu} &gt; {@code item} after this call returns, so that a
	 * dialog it opens does not block the test thread.
	 */
	public static void chooseLater(String menu, String item) {
		MenuItem found = Ui.call(() -> item(show(menu), menu, item));
		Ui.display().asyncExec(() -> {
			found.getParent().notifyListeners(SWT.Hide, new Event());
			found.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static Menu show(String menu) {
		for (MenuItem top : Ui.workbenchShell().getMenuBar().getItems()) {
			if (label(top).equals(menu)) {
				Menu submenu = top.getMenu();
				submenu.notifyListeners(SWT.Show, new Event());
				return submenu;
			}
		}
		throw new AssertionError("no menu " + menu + " in the menu bar"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static MenuItem item(Menu shown, String menu, String label) {
		for (MenuItem item : shown.getItems()) {
			if (label(item).equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no item " + label + " in the menu " + menu); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
