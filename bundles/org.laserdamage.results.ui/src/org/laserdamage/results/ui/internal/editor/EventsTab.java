package org.laserdamage.results.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.ui.LaserDamageUI;

/** The damage criteria in the order they were reached (events.csv). */
final class EventsTab {

	static final String TAB_KEY = "results.tab.events"; //$NON-NLS-1$
	static final String TABLE_KEY = "results.eventsTable"; //$NON-NLS-1$
	static final String EXPORT_KEY = "results.exportEvents"; //$NON-NLS-1$

	private EventsTab() {
	}

	static CTabItem create(CTabFolder folder, RunResults results) {
		CTabItem item = Tables.tab(folder, Messages.Tab_events, TAB_KEY);
		Composite page = (Composite) item.getControl();
		page.setLayout(new GridLayout());
		Table table = table(page, results.events());
		table.setData(LaserDamageUI.WIDGET_KEY, TABLE_KEY);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		CsvExport.button(page, EXPORT_KEY, results.directory(), "events.csv", () -> ResultsCsv.events(results.events())); //$NON-NLS-1$
		return item;
	}

	/** @return a table of {@code events}: time, criterion */
	static Table table(Composite parent, List<DamageEvent> events) {
		Table table = Tables.create(parent, Messages.Column_time, Messages.Column_criterion);
		for (DamageEvent event : events) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { Formats.time(event.time()), Formats.criterion(event.criterion()) });
		}
		Tables.pack(table);
		return table;
	}
}
