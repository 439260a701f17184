package org.laserdamage.study.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.LaserSource;
import org.laserdamage.model.StudyFactory;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.TopHatProfile;

/** The study's name and the laser: beam, spatial and temporal profile, with the preview. */
final class LaserPage extends StudyPage {

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	LaserPage(StudyEditor editor) {
		super(editor, StudyEditor.LASER_PAGE, Messages.Page_laser);
	}

	@Override
	void createContent(Composite body, Fields fields) {
		Composite left = getManagedForm().getToolkit().createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		fieldsFor(section(left, Messages.Section_study, 1), fields, study(), P.getStudy_Name(), P.getStudy_Description());
		LaserSource laser = study().getLaser();
		fieldsFor(section(left, Messages.Section_beam, 1), fields, laser, P.getLaserSource_Wavelength(),
				P.getLaserSource_Power(), P.getLaserSource_AbsorptivityOverride());
		new ProfileSection(this, section(left, Messages.Section_spatialProfile, 1), fields, laser,
				P.getLaserSource_SpatialProfile(),
				List.of(new ProfileSection.Choice(Messages.Profile_gaussian, "laser.spatialProfile.gaussian", //$NON-NLS-1$
						P.getGaussianProfile(), old -> {
							GaussianProfile g = StudyFactory.eINSTANCE.createGaussianProfile();
							g.setRadius(old instanceof TopHatProfile t ? t.getRadius() : g.getRadius());
							return g;
						}), new ProfileSection.Choice(Messages.Profile_topHat, "laser.spatialProfile.topHat", //$NON-NLS-1$
								P.getTopHatProfile(), old -> {
									TopHatProfile t = StudyFactory.eINSTANCE.createTopHatProfile();
									t.setRadius(old instanceof GaussianProfile g ? g.getRadius() : t.getRadius());
									return t;
								})));
		new ProfileSection(this, section(left, Messages.Section_temporalProfile, 1), fields, laser,
				P.getLaserSource_TemporalProfile(),
				List.of(new ProfileSection.Choice(Messages.Profile_continuous, "laser.temporalProfile.continuous", //$NON-NLS-1$
						P.getContinuousWave(), old -> StudyFactory.eINSTANCE.createContinuousWave()),
						new ProfileSection.Choice(Messages.Profile_pulsed, "laser.temporalProfile.pulsed", //$NON-NLS-1$
								P.getPulsed(), old -> StudyFactory.eINSTANCE.createPulsed())));
		Composite preview = section(body, Messages.Section_preview, 1);
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.FILL).applyTo(preview.getParent());
		new TargetPreview(preview, studyEditor().document());
	}
}
