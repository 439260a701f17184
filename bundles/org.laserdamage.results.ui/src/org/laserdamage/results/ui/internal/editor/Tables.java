package org.laserdamage.results.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Read-only tables with a header. */
final class Tables {

	private Tables() {
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
