package org.laserdamage.materials.ui.internal.view;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialLibraries;

/** Sorting by one column of the grid at a time; unsorted is by name. */
final class MaterialSortModel implements ISortModel {

	private final Runnable resort;
	private int column = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	/** @param resort reorders the grid's rows after the sort order changed */
	MaterialSortModel(Runnable resort) {
		this.resort = resort;
	}

	/** @return the order of the rows now */
	Comparator<Material> order() {
		if (column < 0) {
			return MaterialLibraries.BY_NAME;
		}
		Comparator<Material> chosen = MaterialColumn.values()[column].order();
		return (direction == SortDirectionEnum.DESC ? chosen.reversed() : chosen).thenComparing(MaterialLibraries.BY_NAME);
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return column < 0 ? List.of() : List.of(column);
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return columnIndex == column;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return columnIndex == column ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return columnIndex == column ? 0 : -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of(getColumnComparator(columnIndex));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return MaterialColumn.values()[columnIndex].order();
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		boolean none = sortDirection == null || sortDirection == SortDirectionEnum.NONE;
		column = none ? -1 : columnIndex;
		direction = none ? SortDirectionEnum.NONE : sortDirection;
		resort.run();
	}

	@Override
	public void clear() {
		column = -1;
		direction = SortDirectionEnum.NONE;
		resort.run();
	}
}
