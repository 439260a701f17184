package org.laserdamage.materials.ui.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.theme.ModernNatTableThemeConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.materials.Material;

/**
 * The NatTable of the Materials view: column header with click-to-sort over
 * a body of one row per material, single row selection. It keeps every
 * material and shows those that pass the filter, in the sort order.
 */
public final class MaterialsGrid {

	private static final String DATA_KEY = MaterialsGrid.class.getName();
	/** Config label of the cells that show numbers. */
	private static final String NUMBER_LABEL = "number"; //$NON-NLS-1$

	private final List<Material> all = new ArrayList<>();
	private final List<Material> shown = new ArrayList<>();
	private final DataLayer bodyData;
	private final SelectionLayer selectionLayer;
	private final RowSelectionProvider<Material> selectionProvider;
	private final MaterialSortModel sortModel;
	private final NatTable table;
	private Predicate<Material> filter = material -> true;

	/**
	 * @param open   opens a material (double-click or Enter on a row)
	 * @param delete deletes a material (Delete on a row, or the context menu)
	 */
	MaterialsGrid(Composite parent, Consumer<Material> open, Consumer<Material> delete) {
		CollectionsFactories.initialize();
		ListDataProvider<Material> rows = new ListDataProvider<>(shown, new Accessor());
		bodyData = new DataLayer(rows);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		for (MaterialColumn column : MaterialColumn.values()) {
			bodyData.setColumnWidthByPosition(column.ordinal(), column.width());
			if (column.isNumeric()) {
				labels.registerColumnOverrides(column.ordinal(), NUMBER_LABEL);
			}
		}
		bodyData.setConfigLabelAccumulator(labels);
		selectionLayer = new SelectionLayer(bodyData);
		selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, rows, Material::id, false));
		ViewportLayer viewport = new ViewportLayer(selectionLayer);
		String[] headers = new String[MaterialColumn.values().length];
		for (MaterialColumn column : MaterialColumn.values()) {
			headers[column.ordinal()] = column.header();
		}
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(new DefaultColumnHeaderDataProvider(headers)),
				viewport, selectionLayer);
		sortModel = new MaterialSortModel(this::refresh);
		CompositeLayer grid = new CompositeLayer(1, 2);
		grid.setChildLayer(GridRegion.COLUMN_HEADER, new SortHeaderLayer<Material>(header, sortModel), 0, 0);
		grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		table = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, false);
		DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
		style.hAlign = HorizontalAlignmentEnum.LEFT;
		style.cellPainter = new LineBorderDecorator(new PaddingDecorator(new TextPainter(), 0, 5, 0, 5));
		table.addConfiguration(style);
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new Alignment());
		table.addConfiguration(new OpenBindings(() -> selected().ifPresent(open), () -> selected().ifPresent(delete)));
		table.configure();
		table.setTheme(new ModernNatTableThemeConfiguration());
		table.setData(DATA_KEY, this);
		selectionProvider = new RowSelectionProvider<>(selectionLayer, rows, false);
	}

	/** @return the grid whose table is {@code table}, or null */
	public static MaterialsGrid of(NatTable table) {
		return table.getData(DATA_KEY) instanceof MaterialsGrid grid ? grid : null;
	}

	public NatTable table() {
		return table;
	}

	/** @return the rows shown, in display order */
	public List<Material> rows() {
		return List.copyOf(shown);
	}

	/** @return the selected material, if any */
	public Optional<Material> selected() {
		if (selectionProvider.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Material material) {
			return Optional.of(material);
		}
		return Optional.empty();
	}

	ISelectionProvider selectionProvider() {
		return selectionProvider;
	}

	void setMaterials(List<Material> materials) {
		all.clear();
		all.addAll(materials);
		refresh();
	}

	void setFilter(Predicate<Material> newFilter) {
		filter = newFilter;
		refresh();
	}

	/** Selects the row of the material with this id, if shown, and scrolls it into view. */
	public void select(String materialId) {
		for (int row = 0; row < shown.size(); row++) {
			if (shown.get(row).id().equals(materialId)) {
				selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, 0, row, false, false));
				return;
			}
		}
	}

	/** @return the row index of the material with this id, or -1 */
	public int rowOf(String materialId) {
		for (int row = 0; row < shown.size(); row++) {
			if (shown.get(row).id().equals(materialId)) {
				return row;
			}
		}
		return -1;
	}

	private void refresh() {
		shown.clear();
		for (Material material : all) {
			if (filter.test(material)) {
				shown.add(material);
			}
		}
		shown.sort(sortModel.order());
		bodyData.fireLayerEvent(new RowStructuralRefreshEvent(bodyData));
	}

	private static final class Accessor implements IColumnAccessor<Material> {
		@Override
		public Object getDataValue(Material material, int column) {
			return MaterialColumn.values()[column].text(material);
		}

		@Override
		public void setDataValue(Material material, int column, Object value) {
			throw new UnsupportedOperationException("The materials grid is read-only"); //$NON-NLS-1$
		}

		@Override
		public int getColumnCount() {
			return MaterialColumn.values().length;
		}
	}

	/** Text reads from the left (the default style above), numbers line up on the right. */
	private static final class Alignment extends AbstractRegistryConfiguration {
		@Override
		public void configureRegistry(IConfigRegistry registry) {
			Style right = new Style();
			right.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right, DisplayMode.NORMAL, NUMBER_LABEL);
		}
	}

	private static final class OpenBindings extends AbstractUiBindingConfiguration {
		private final Runnable open;
		private final Runnable delete;

		OpenBindings(Runnable open, Runnable delete) {
			this.open = open;
			this.delete = delete;
		}

		@Override
		public void configureUiBindings(UiBindingRegistry registry) {
			registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> open.run());
			// first: the selection layer's default bindings move the selection down on Enter
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (table, event) -> open.run());
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), (table, event) -> open.run());
			registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL), (table, event) -> delete.run());
		}
	}
}
