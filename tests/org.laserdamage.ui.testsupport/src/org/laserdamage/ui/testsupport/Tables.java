package org.laserdamage.ui.testsupport;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.laserdamage.ui.LaserDamageUI;

/** What the pages of table views share: selecting a row by a cell, pressing a tool bar button by its key. */
final class Tables {

	private Tables() {
	}

	/** Selects the first row whose cell {@code column} is {@code text}, as a click would (test thread). */
	static void select(Table table, int column, String text) {
		Ui.run(() -> {
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].getText(column).equals(text)) {
					table.setSelection(i);
					Event event = new Event();
					event.item = items[i];
					table.notifyListeners(SWT.Selection, event);
					return;
				}
			}
			throw new AssertionError("no row with " + text); //$NON-NLS-1$
		});
	}

	/** Presses the tool bar button with widget key {@code key} once it is enabled (test thread). */
	static void press(Table table, String key) {
		Ui.waitUntil("the enabled action " + key, () -> tool(table, key) != null && tool(table, key).isEnabled()); //$NON-NLS-1$
		Ui.run(() -> tool(table, key).notifyListeners(SWT.Selection, new Event()));
	}

	/** @return whether the button with widget key {@code key} is enabled (test thread) */
	static boolean enabled(Table table, String key) {
		return Ui.call(() -> tool(table, key) != null && tool(table, key).isEnabled());
	}

	/** @return the tool bar button with widget key {@code key} in the table's shell, or null (UI thread) */
	private static ToolItem tool(Table table, String key) {
		ToolBar bar = Ui.find(table.getShell(), ToolBar.class,
				b -> List.of(b.getItems()).stream().anyMatch(i -> key.equals(i.getData(LaserDamageUI.WIDGET_KEY))));
		return bar == null ? null
				: List.of(bar.getItems()).stream().filter(i -> key.equals(i.getData(LaserDamageUI.WIDGET_KEY))).findFirst()
						.orElse(null);
	}
}
