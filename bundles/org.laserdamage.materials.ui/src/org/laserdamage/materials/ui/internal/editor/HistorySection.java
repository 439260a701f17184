package org.laserdamage.materials.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.laserdamage.materials.Material;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The stored versions of the material, newest first, with what each
 * changed. Opening a row (double-click or Enter) shows that version read-only.
 */
final class HistorySection {

	static final String TABLE_KEY = "material.history"; //$NON-NLS-1$

	/** One version and what it changed against the version before. */
	record Row(Material version, String changes) {
	}

	private final TableViewer viewer;
	private final Section section;
	private int shownVersion;

	HistorySection(Composite parent, SectionContext context, Consumer<Material> open) {
		section = context.toolkit().createSection(parent, Section.TITLE_BAR | Section.EXPANDED | Section.DESCRIPTION);
		section.setText(Messages.HistorySection_title);
		section.setDescription(Messages.HistorySection_description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1, 2));
		Composite holder = context.toolkit().createComposite(section);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, TABLE_KEY);
		context.toolkit().adapt(viewer.getTable(), false, false);
		column(layout, Messages.HistorySection_version, 1, this::versionText);
		column(layout, Messages.GeneralSection_name, 2, row -> row.version().name());
		column(layout, Messages.HistorySection_changes, 6, Row::changes);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Row row) {
				open.accept(row.version());
			}
		});
		GridDataFactory.fillDefaults().hint(SWT.DEFAULT, viewer.getTable().getHeaderHeight()
				+ 5 * viewer.getTable().getItemHeight()).applyTo(holder);
		section.setClient(holder);
	}

	/**
	 * @param versions oldest first, as the store lists them
	 * @param shown    the version this editor shows
	 */
	void show(List<Material> versions, int shown) {
		shownVersion = shown;
		List<Row> rows = new ArrayList<>();
		for (int i = versions.size() - 1; i >= 0; i--) {
			rows.add(new Row(versions.get(i), VersionChanges.describe(i == 0 ? null : versions.get(i - 1), versions.get(i))));
		}
		viewer.setInput(rows);
	}

	/** Shows why the history is missing, e.g. when the database cannot be read. */
	void showProblem(String message) {
		section.setDescription(message);
		viewer.setInput(List.of());
		section.layout(true, true);
	}

	private String versionText(Row row) {
		int version = row.version().version();
		return version == shownVersion ? NLS.bind(Messages.HistorySection_shown, version) : Integer.toString(version);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}
}
