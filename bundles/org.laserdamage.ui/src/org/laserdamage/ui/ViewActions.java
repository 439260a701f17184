package org.laserdamage.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The actions of a table view (the Jobs view, Server Jobs): each a tool bar
 * button with the widget key {@code PREFIX.ID} and, where wanted, an item of
 * the table's context menu, all enabled by one predicate of the action's id
 * (asked again by {@link #update()} and whenever the menu opens).
 */
public final class ViewActions {

	private final ToolBar bar;
	private final Menu menu;
	private final String keyPrefix;
	private final Predicate<String> enabled;
	private final Map<String, ToolItem> tools = new LinkedHashMap<>();

	/**
	 * @param bar       the tool bar of the buttons
	 * @param menuOwner the control whose context menu holds the items
	 * @param keyPrefix the widget keys' prefix, e.g. {@code "jobs."}
	 * @param enabled   whether the action of an id can run now
	 */
	public ViewActions(ToolBar bar, Control menuOwner, String keyPrefix, Predicate<String> enabled) {
		this.bar = bar;
		this.menu = new Menu(menuOwner);
		this.keyPrefix = keyPrefix;
		this.enabled = enabled;
		menuOwner.setMenu(menu);
	}

	/** Adds a tool bar button and, when {@code inMenu}, a context-menu item for action {@code id}. */
	public ViewActions add(String id, String text, Runnable action, boolean inMenu) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setData(LaserDamageUI.WIDGET_KEY, keyPrefix + id);
		item.addListener(SWT.Selection, e -> action.run());
		tools.put(id, item);
		if (inMenu) {
			MenuItem entry = new MenuItem(menu, SWT.PUSH);
			entry.setText(text);
			entry.addListener(SWT.Selection, e -> action.run());
			menu.addListener(SWT.Show, e -> entry.setEnabled(enabled.test(id)));
		}
		return this;
	}

	/** Enables each button as the predicate says now. */
	public void update() {
		tools.forEach((id, item) -> item.setEnabled(enabled.test(id)));
	}

	/** @return the tool bar button of action {@code id}, or null */
	public ToolItem tool(String id) {
		return tools.get(id);
	}

	/**
	 * Adds a column showing {@code text} of each row.
	 *
	 * @param type the rows' type
	 */
	public static <T> void column(TableViewer viewer, TableColumnLayout layout, String title, int weight, Class<T> type,
			Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}
}
