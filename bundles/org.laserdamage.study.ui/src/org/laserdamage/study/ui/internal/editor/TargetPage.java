package org.laserdamage.study.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.Layer;
import org.laserdamage.model.StudyFactory;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.Target;

/** The target: radius, initial temperature, the layers (table, details, material) and the preview. */
final class TargetPage extends StudyPage {

	/** Widget key of the layers table; its buttons add ".add", ".remove", ".up", ".down". */
	static final String LAYERS_KEY = "target.layers"; //$NON-NLS-1$

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	private ListEditor layers;

	TargetPage(StudyEditor editor) {
		super(editor, StudyEditor.TARGET_PAGE, Messages.Page_target);
	}

	@Override
	void createContent(Composite body, Fields fields) {
		Composite left = getManagedForm().getToolkit().createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		Target target = study().getTarget();
		fieldsFor(section(left, Messages.Section_target, 1), fields, target, P.getTarget_Radius(),
				P.getTarget_InitialTemperature());
		Composite client = section(left, Messages.Section_layers, 1);
		layers = new ListEditor(client, fields, target, P.getTarget_Layers(),
				List.of(new ListEditor.Column(Messages.Column_name, P.getLayer_Name(), 110),
						new ListEditor.Column(Messages.Column_material, P.getLayer_MaterialId(), 120),
						new ListEditor.Column(Messages.Column_thickness, P.getLayer_Thickness(), 100),
						new ListEditor.Column(Messages.Column_cells, P.getLayer_AxialCells(), 60)),
				this::newLayer, LAYERS_KEY);
		MaterialDrop.install(layers, studyEditor());
		fields.text(client, FeatureLabels.label(P.getLayer(), P.getLayer_Name()), layers.selection(), P.getLayer_Name(),
				"layer.name"); //$NON-NLS-1$
		new MaterialField(this, client, fields, layers.selection());
		for (var feature : List.of(P.getLayer_MaterialVersion(), P.getLayer_Thickness(), P.getLayer_AxialCells(),
				P.getLayer_AbsorptionCoefficient())) {
			fields.text(client, FeatureLabels.label(P.getLayer(), feature), layers.selection(), feature,
					"layer." + feature.getName()); //$NON-NLS-1$
		}
		layers.selection().addValueChangeListener(e -> studyEditor().validation().show(this));
		Composite preview = section(body, Messages.Section_preview, 1);
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.FILL).applyTo(preview.getParent());
		new TargetPreview(preview, studyEditor().document());
	}

	@Override
	void select(EObject object) {
		layers.select(object);
	}

	private Layer newLayer() {
		Layer layer = StudyFactory.eINSTANCE.createLayer();
		List<Layer> existing = study().getTarget().getLayers();
		layer.setName(NLS.bind(Messages.Layer_newName, existing.size() + 1));
		Object selected = layers.selection().getValue();
		if (selected instanceof Layer like) {
			layer.setMaterialId(like.getMaterialId());
		} else if (studyEditor().materials() != null && !studyEditor().materials().library().materials().isEmpty()) {
			layer.setMaterialId(studyEditor().materials().library().materials().get(0).id());
		}
		return layer;
	}
}
