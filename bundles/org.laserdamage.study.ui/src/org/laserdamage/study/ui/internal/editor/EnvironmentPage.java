package org.laserdamage.study.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.Environment;
import org.laserdamage.model.StudyPackage;

/** Ambient temperature and the losses: convection and emissivity of the faces and the rim. */
final class EnvironmentPage extends StudyPage {

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	EnvironmentPage(StudyEditor editor) {
		super(editor, StudyEditor.ENVIRONMENT_PAGE, Messages.Page_environment);
	}

	@Override
	void createContent(Composite body, Fields fields) {
		Environment environment = study().getEnvironment();
		fieldsFor(section(body, Messages.Section_ambient, 1), fields, environment, P.getEnvironment_AmbientTemperature(),
				P.getEnvironment_BackAmbientTemperature(), P.getEnvironment_RimAmbientTemperature(),
				P.getEnvironment_SurroundingsTemperature(), P.getEnvironment_FrontTemperature(),
				P.getEnvironment_BackHeatFlux());
		fieldsFor(section(body, Messages.Section_losses, 1), fields, environment, P.getEnvironment_FrontConvection(),
				P.getEnvironment_BackConvection(), P.getEnvironment_RimConvection(), P.getEnvironment_FrontEmissivity(),
				P.getEnvironment_BackEmissivity());
	}
}
