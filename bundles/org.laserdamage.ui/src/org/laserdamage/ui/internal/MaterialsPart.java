package org.laserdamage.ui.internal;

import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.ui.LaserDamageUI;

/** Lists the built-in materials with the values an analyst checks first. */
public final class MaterialsPart {

	/** Widget key of the materials table. */
	public static final String TABLE_KEY = "materials.table"; //$NON-NLS-1$

	private TableViewer viewer;

	@PostConstruct
	public void createControls(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, TABLE_KEY);
		column(layout, Messages.Materials_name, 3, Material::name);
		column(layout, Messages.Materials_class, 1, m -> m.materialClass().name().toLowerCase(Locale.ROOT));
		column(layout, Messages.Materials_density, 1, m -> format(m.density().valueAt(293.15)));
		column(layout, Messages.Materials_conductivity, 1, m -> format(m.conductivity().valueAt(293.15)));
		column(layout, Messages.Materials_solidus, 1, m -> format(m.solidus()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(BuiltInMaterials.load().materials());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Material, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Material) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4g", value); //$NON-NLS-1$
	}

	@Focus
	public void setFocus() {
		viewer.getTable().setFocus();
	}
}
