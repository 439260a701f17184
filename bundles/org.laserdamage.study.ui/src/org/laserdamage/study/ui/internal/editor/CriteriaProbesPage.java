package org.laserdamage.study.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.Probe;
import org.laserdamage.model.StudyFactory;
import org.laserdamage.model.StudyPackage;

/** Which damage criteria are evaluated, and the probes (table with details). */
final class CriteriaProbesPage extends StudyPage {

	/** Widget key of the probes table; its buttons add ".add", ".remove", ".up", ".down". */
	static final String PROBES_KEY = "probes"; //$NON-NLS-1$

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	private ListEditor probes;

	CriteriaProbesPage(StudyEditor editor) {
		super(editor, StudyEditor.CRITERIA_PAGE, Messages.Page_criteria);
	}

	@Override
	void createContent(Composite body, Fields fields) {
		fieldsFor(section(body, Messages.Section_criteria, 1), fields, study().getDamageCriteria(),
				P.getDamageCriteria_MeltOnset(), P.getDamageCriteria_MeltThrough(),
				P.getDamageCriteria_PeakTemperatureThreshold(), P.getDamageCriteria_StopAtMeltThrough());
		Composite client = section(body, Messages.Section_probes, 1);
		probes = new ListEditor(client, fields, study(), P.getStudy_Probes(),
				List.of(new ListEditor.Column(Messages.Column_name, P.getProbe_Name(), 120),
						new ListEditor.Column(Messages.Column_r, P.getProbe_R(), 90),
						new ListEditor.Column(Messages.Column_z, P.getProbe_Z(), 90)),
				() -> {
					Probe probe = StudyFactory.eINSTANCE.createProbe();
					probe.setName(NLS.bind(Messages.Probe_newName, study().getProbes().size() + 1));
					return probe;
				}, PROBES_KEY);
		for (var feature : List.of(P.getProbe_Name(), P.getProbe_R(), P.getProbe_Z())) {
			fields.text(client, FeatureLabels.label(P.getProbe(), feature), probes.selection(), feature,
					"probe." + feature.getName()); //$NON-NLS-1$
		}
		probes.selection().addValueChangeListener(e -> studyEditor().validation().show(this));
	}

	@Override
	void select(EObject object) {
		probes.select(object);
	}
}
