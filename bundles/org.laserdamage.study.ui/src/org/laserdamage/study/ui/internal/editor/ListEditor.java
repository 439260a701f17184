package org.laserdamage.study.ui.internal.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.map.IObservableMap;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.databinding.viewers.ObservableMapLabelProvider;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.laserdamage.ui.LaserDamageUI;

/**
 * A table of the elements of a containment list (layers, probes) with Add,
 * Remove, Up and Down, each a command. The selected element is observable,
 * for detail fields below the table.
 */
final class ListEditor {

	/** A column: title, the feature it shows, width in pixels. */
	record Column(String title, EStructuralFeature feature, int width) {
	}

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference reference;
	private final Supplier<EObject> factory;
	private final TableViewer viewer;
	private final IObservableValue<EObject> selection;

	/**
	 * @param key     widget key of the table; the buttons get {@code key.add}, {@code key.remove},
	 *                {@code key.up}, {@code key.down}
	 * @param factory makes the element Add inserts
	 */
	ListEditor(Composite parent, Fields fields, EObject owner, EReference reference, List<Column> columns,
			Supplier<EObject> factory, String key) {
		this.domain = fields.domain();
		this.owner = owner;
		this.reference = reference;
		this.factory = factory;
		FormToolkit toolkit = fields.toolkit();
		Composite box = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(box);
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(viewer.getTable());
		for (Column column : columns) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
			tableColumn.getColumn().setText(column.title());
			tableColumn.getColumn().setWidth(column.width());
		}
		ObservableListContentProvider<EObject> content = new ObservableListContentProvider<>();
		viewer.setContentProvider(content);
		EStructuralFeature[] features = columns.stream().map(Column::feature).toArray(EStructuralFeature[]::new);
		IObservableMap<?, ?>[] values = observeDetail(content, features);
		viewer.setLabelProvider(new ObservableMapLabelProvider(values) {
			@Override
			public String getColumnText(Object element, int index) {
				return DisplayQuantities.format(values[index].get(element), features[index]);
			}
		});
		IObservableList<EObject> list = EMFProperties.list(reference).observe(owner);
		viewer.setInput(list);
		selection = ViewerProperties.singleSelection(EObject.class).observe(viewer);
		Composite buttons = toolkit.createComposite(box);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = button(toolkit, buttons, Messages.List_add, key + ".add", this::add); //$NON-NLS-1$
		Button remove = button(toolkit, buttons, Messages.List_remove, key + ".remove", this::remove); //$NON-NLS-1$
		Button up = button(toolkit, buttons, Messages.List_up, key + ".up", () -> move(-1)); //$NON-NLS-1$
		Button down = button(toolkit, buttons, Messages.List_down, key + ".down", () -> move(1)); //$NON-NLS-1$
		Runnable enable = () -> {
			int index = elements().indexOf(selection.getValue());
			add.setEnabled(true);
			remove.setEnabled(index >= 0);
			up.setEnabled(index > 0);
			down.setEnabled(index >= 0 && index < elements().size() - 1);
		};
		selection.addValueChangeListener(e -> enable.run());
		list.addListChangeListener(e -> enable.run());
		if (!elements().isEmpty()) {
			viewer.setSelection(new StructuredSelection(elements().get(0)));
		}
		enable.run();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static IObservableMap[] observeDetail(ObservableListContentProvider<EObject> content,
			EStructuralFeature[] features) {
		IObservableMap[] maps = new IObservableMap[features.length];
		for (int i = 0; i < features.length; i++) {
			maps[i] = EMFProperties.value(features[i]).observeDetail(content.getKnownElements());
		}
		return maps;
	}

	private static Button button(FormToolkit toolkit, Composite parent, String label, String key, Runnable action) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.setData(LaserDamageUI.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@SuppressWarnings("unchecked")
	private List<EObject> elements() {
		return (List<EObject>) owner.eGet(reference);
	}

	/** Inserts {@code element} after the selection (or at the end) and selects it. */
	void insert(EObject element) {
		int index = elements().indexOf(selection.getValue());
		execute(AddCommand.create(domain, owner, reference, element, index < 0 ? elements().size() : index + 1));
		viewer.setSelection(new StructuredSelection(element), true);
	}

	private void add() {
		insert(factory.get());
	}

	private void remove() {
		EObject selected = selection.getValue();
		if (selected == null) {
			return;
		}
		int index = elements().indexOf(selected);
		execute(RemoveCommand.create(domain, owner, reference, selected));
		if (!elements().isEmpty()) {
			viewer.setSelection(new StructuredSelection(elements().get(Math.min(index, elements().size() - 1))));
		}
	}

	private void move(int delta) {
		EObject selected = selection.getValue();
		int index = elements().indexOf(selected);
		if (index < 0 || index + delta < 0 || index + delta >= elements().size()) {
			return;
		}
		execute(MoveCommand.create(domain, owner, reference, selected, index + delta));
		viewer.setSelection(new StructuredSelection(selected), true);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Selects {@code element} if it is in the list. */
	void select(EObject element) {
		if (elements().contains(element)) {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	/** @return the selected element (null when none), for detail fields */
	IObservableValue<EObject> selection() {
		return selection;
	}
}
