package org.laserdamage.study.ui.internal.editor;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Layer;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Picks the material of the selected layer from the library: the layer
 * stores the material's id (a reference, never a copy). Ids the library does
 * not know are listed too, so a study made elsewhere still shows what it
 * refers to (validation flags them).
 */
final class MaterialField {

	/** Widget key of the combo. */
	static final String KEY = "layer.materialId"; //$NON-NLS-1$

	private final StudyEditor editor;
	private final ComboViewer viewer;
	private final IObservableValue<Object> model;
	private IMaterialLibrary library;
	private boolean updating;

	MaterialField(StudyPage page, Composite client, Fields fields, IObservableValue<EObject> layer) {
		this.editor = page.studyEditor();
		fields.toolkit().createLabel(client, Messages.Label_Layer_materialId);
		Combo combo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		fields.toolkit().adapt(combo, true, false);
		combo.setData(LaserDamageUI.WIDGET_KEY, KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		viewer = new ComboViewer(combo);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Material material = library == null ? null : library.find((String) element).orElse(null);
				return material == null ? NLS.bind(Messages.Material_unknown, element)
						: NLS.bind(Messages.Material_label, material.name(), material.id());
			}
		});
		model = fields.model(layer, StudyPackage.Literals.LAYER__MATERIAL_ID);
		fields.register(combo, layer, StudyPackage.Literals.LAYER__MATERIAL_ID);
		model.addValueChangeListener(e -> refresh());
		viewer.addSelectionChangedListener(e -> {
			Object chosen = viewer.getStructuredSelection().getFirstElement();
			if (!updating && chosen != null && !Objects.equals(chosen, model.getValue())) {
				model.setValue(chosen);
			}
		});
		Consumer<StudyMaterials> read = materials -> {
			library = materials.library();
			refresh();
		};
		editor.whenMaterialsRead(read);
		combo.addDisposeListener(e -> {
			editor.removeMaterialsListener(read);
			model.dispose();
		});
		refresh();
	}

	/** Lists the library's materials and every id the study uses, and selects the layer's. */
	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		if (library != null) {
			library.materials().forEach(m -> ids.add(m.id()));
		}
		for (Layer layer : editor.document().study().getTarget().getLayers()) {
			if (layer.getMaterialId() != null && !layer.getMaterialId().isBlank()) {
				ids.add(layer.getMaterialId());
			}
		}
		updating = true;
		try {
			viewer.setInput(ids.toArray());
			Object current = model.getValue();
			viewer.setSelection(current == null ? StructuredSelection.EMPTY : new StructuredSelection(current));
			viewer.getControl().setEnabled(model.getValue() != null || library != null);
		} finally {
			updating = false;
		}
	}
}
