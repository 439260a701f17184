package org.laserdamage.materials.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.ui.internal.DisplayUnit;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.charts.ChartCanvas;

/**
 * One property table: editable rows with their units, add and remove, a plot
 * that follows every edit, and the property's source.
 */
final class PropertySection {

	private static final int VISIBLE_ROWS = 8;

	private final SectionContext context;
	private final List<String[]> rows;
	private final int columns;
	private final PropertyChart chart;
	/** The property's name in undo labels */
	private final String name;
	private TableViewer viewer;

	private PropertySection(SectionContext context, List<String[]> rows, int columns, PropertyChart chart,
			PropertyKind kind) {
		this.context = context;
		this.rows = rows;
		this.columns = columns;
		this.chart = chart;
		name = Labels.property(kind);
	}

	/** @return widget key of the table of a property ("CONDUCTIVITY", …, "ABSORPTIVITY") */
	static String tableKey(String property) {
		return "material.table." + property; //$NON-NLS-1$
	}

	/** @return widget key of the chart canvas of a property */
	static String chartKey(String property) {
		return "material.chart." + property; //$NON-NLS-1$
	}

	static void temperature(Composite parent, SectionContext context, MaterialDraft draft, TableKind kind) {
		String[] headers = { temperatureHeader(), kind.valueHeader() };
		new PropertySection(context, draft.tables.get(kind), 2, PropertyChart.temperature(kind), kind.property).create(parent, kind.title,
				kind.name(), Problem.table(kind), headers, kind.property, draft.sources.get(kind.property));
	}

	static void absorptivity(Composite parent, SectionContext context, MaterialDraft draft) {
		DisplayUnit[] units = MaterialDraft.ABSORPTIVITY_UNITS;
		String[] headers = { "\u03bb (" + units[0].symbol() + ")", temperatureHeader(), "A (" + units[2].symbol() + ")" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		new PropertySection(context, draft.absorptivity, 3, PropertyChart.absorptivity(), PropertyKind.ABSORPTIVITY).create(parent,
				Messages.Property_absorptivity, PropertyKind.ABSORPTIVITY.name(), Problem.ABSORPTIVITY, headers,
				PropertyKind.ABSORPTIVITY, draft.sources.get(PropertyKind.ABSORPTIVITY));
	}

	private static String temperatureHeader() {
		return "T (" + DisplayUnit.KELVIN.symbol() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void create(Composite parent, String title, String key, String target, String[] headers, PropertyKind kind,
			SourceDraft source) {
		Section section = context.toolkit().createSection(parent, Section.TITLE_BAR | Section.EXPANDED);
		section.setText(title);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1, 2));
		Composite client = context.toolkit().createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(client);
		Composite left = context.toolkit().createComposite(client);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(left);
		GridLayoutFactory.fillDefaults().applyTo(left);
		createTable(left, headers, key);
		context.targets().put(target, viewer.getTable());
		if (context.editable()) {
			createButtons(left);
		}
		ChartCanvas canvas = new ChartCanvas(client, SWT.BORDER);
		canvas.getControl().setData(LaserDamageUI.WIDGET_KEY, chartKey(key));
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 240).applyTo(canvas.getControl());
		chart.update(rows);
		canvas.setChart(chart.chart());
		SourceFields.create(client, context, kind, source, null, 2);
		section.setClient(client);
	}

	private void createTable(Composite parent, String[] headers, String key) {
		Composite holder = context.toolkit().createComposite(parent);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, tableKey(key));
		context.toolkit().adapt(viewer.getTable(), false, false);
		for (int c = 0; c < columns; c++) {
			int column = c;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.RIGHT);
			viewerColumn.getColumn().setText(headers[c]);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((String[]) element)[column];
				}
			});
			if (context.editable()) {
				viewerColumn.setEditingSupport(new CellEditing(column));
			}
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(1, 80));
		}
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
						| ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(rows);
		int height = viewer.getTable().getHeaderHeight() + VISIBLE_ROWS * viewer.getTable().getItemHeight();
		GridDataFactory.fillDefaults().hint(90 * columns + 20, height).applyTo(holder);
	}

	private void createButtons(Composite parent) {
		Composite buttons = context.toolkit().createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		Button add = context.toolkit().createButton(buttons, Messages.PropertySection_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> addRow());
		Button remove = context.toolkit().createButton(buttons, Messages.PropertySection_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, event -> removeRows());
		remove.setEnabled(false);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		GridDataFactory.fillDefaults().applyTo(add);
		GridDataFactory.fillDefaults().applyTo(remove);
	}

	/** Appends a row 100 K above the last one, with the last row's other values, and edits it. */
	private void addRow() {
		String[] row = rows.isEmpty() ? new String[columns] : rows.get(rows.size() - 1).clone();
		int temperatureColumn = columns - 2;
		double last = DisplayUnit.shown(row[temperatureColumn] == null ? "" : row[temperatureColumn]); //$NON-NLS-1$
		row[temperatureColumn] = DisplayUnit.KELVIN.format(Double.isFinite(last) ? last + 100 : 293.15);
		for (int c = 0; c < columns; c++) {
			if (row[c] == null) {
				row[c] = ""; //$NON-NLS-1$
			}
		}
		int index = rows.size();
		rows.add(row);
		rowsChanged();
		context.edits().done(NLS.bind(Messages.Edit_addRow, name), () -> {
			rows.remove(row);
			rowsChanged();
		}, () -> {
			rows.add(index, row);
			rowsChanged();
		});
		viewer.editElement(row, temperatureColumn);
	}

	private void removeRows() {
		List<Integer> indices = new ArrayList<>();
		List<String[]> removed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (viewer.getStructuredSelection().toList().contains(rows.get(i))) {
				indices.add(i);
				removed.add(rows.get(i));
			}
		}
		if (removed.isEmpty()) {
			return;
		}
		Runnable remove = () -> {
			rows.removeAll(removed);
			rowsChanged();
		};
		remove.run();
		context.edits().done(NLS.bind(Messages.Edit_removeRows, name), () -> {
			for (int i = 0; i < indices.size(); i++) {
				rows.add(indices.get(i), removed.get(i));
			}
			rowsChanged();
		}, remove);
	}

	/** Shows the rows again, after an edit or its undo. */
	private void rowsChanged() {
		viewer.refresh();
		chart.update(rows);
	}

	private final class CellEditing extends EditingSupport {
		private final int column;
		private final TextCellEditor editor;

		CellEditing(int column) {
			super(viewer);
			this.column = column;
			editor = new TextCellEditor(viewer.getTable(), SWT.RIGHT);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((String[]) element)[column];
		}

		@Override
		protected void setValue(Object element, Object value) {
			String[] row = (String[]) element;
			String text = String.valueOf(value).trim();
			String before = row[column];
			if (!text.equals(before)) {
				row[column] = text;
				// (Object): a row is a String[], which would pick update(Object[] elements, ...)
				viewer.update((Object) row, null);
				chart.update(rows);
				context.edits().done(NLS.bind(Messages.Edit_field, name), () -> {
					row[column] = before;
					rowsChanged();
				}, () -> {
					row[column] = text;
					rowsChanged();
				});
			}
		}
	}
}
