package org.laserdamage.study.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.StudyPackage;

/** The radial mesh and grading, and the solver's time stepping. */
final class MeshSolverPage extends StudyPage {

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	MeshSolverPage(StudyEditor editor) {
		super(editor, StudyEditor.MESH_PAGE, Messages.Page_mesh);
	}

	@Override
	void createContent(Composite body, Fields fields) {
		fieldsFor(section(body, Messages.Section_mesh, 1), fields, study().getMesh(), P.getMesh_RadialCells(),
				P.getMesh_RadialGrading(), P.getMesh_AxialGrading());
		fieldsFor(section(body, Messages.Section_solver, 1), fields, study().getSolver(), P.getSolverSettings_SolverId(),
				P.getSolverSettings_EndTime(), P.getSolverSettings_InitialTimeStep(), P.getSolverSettings_MaxTimeStep(),
				P.getSolverSettings_MaxTemperatureChange(), P.getSolverSettings_OutputInterval(),
				P.getSolverSettings_Verify());
	}
}
