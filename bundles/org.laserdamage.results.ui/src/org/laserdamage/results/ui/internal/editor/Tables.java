package org.laserdamage.results.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.laserdamage.ui.LaserDamageUI;

/** The tabs and the read-only tables (with a header) of the Results editor. */
final class Tables {

	private Tables() {
	}

	/** @return a new tab of {@code folder} whose control is an empty composite, named for tests by {@code key} */
	static CTabItem tab(CTabFolder folder, String text, String key) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(text);
		item.setData(LaserDamageUI.WIDGET_KEY, key);
		item.setControl(new Composite(folder, SWT.NONE));
		return item;
	}

	static Table create(Composite parent, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String name : columns) {
			new TableColumn(table, SWT.LEFT).setText(name);
		}
		return table;
	}

	/** Sizes the columns to their contents, once the rows are in. */
	static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.max(column.getWidth(), 90));
		}
	}
}
