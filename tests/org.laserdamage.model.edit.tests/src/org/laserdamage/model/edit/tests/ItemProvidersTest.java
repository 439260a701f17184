package org.laserdamage.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.edit.StudyItemProviders;
import org.laserdamage.model.io.StudyIO;

/** The item providers give a tree of the study, labels with units, and notifications for viewers. */
class ItemProvidersTest {

	private ComposedAdapterFactory factory;
	private Study study;

	@BeforeEach
	void load() throws Exception {
		factory = StudyItemProviders.createAdapterFactory();
		study = StudyIO.load(Path.of("../../examples/coated-ti-pulsed.ldsim").toAbsolutePath().normalize()); //$NON-NLS-1$
	}

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	private String label(Object element) {
		return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
	}

	@Test
	void studyHasItsPartsAsChildren() {
		Collection<?> children = ((ITreeItemContentProvider) factory.adapt(study, ITreeItemContentProvider.class))
				.getChildren(study);
		assertTrue(children.contains(study.getLaser()));
		assertTrue(children.contains(study.getTarget()));
		assertTrue(children.containsAll(study.getProbes()));
		Collection<?> layers = ((ITreeItemContentProvider) factory.adapt(study.getTarget(), ITreeItemContentProvider.class))
				.getChildren(study.getTarget());
		assertEquals(study.getTarget().getLayers(), new ArrayList<>(layers));
	}

	@Test
	void labelsShowValuesWithUnits() {
		assertEquals("Coating: carbon-epoxy, 2E-4 m, 20 cells", label(study.getTarget().getLayers().get(0))); //$NON-NLS-1$
		assertEquals("Plate: ti-6al-4v, 0.0015 m, 20 cells", label(study.getTarget().getLayers().get(1))); //$NON-NLS-1$
		assertEquals("Top-hat beam, a = 0.002 m", label(study.getLaser().getSpatialProfile())); //$NON-NLS-1$
		assertEquals("20 pulses of 0.05 J, FWHM 1E-4 s, 10 Hz", label(study.getLaser().getTemporalProfile())); //$NON-NLS-1$
		assertEquals("Probe interface (r = 0 m, z = 2E-4 m)", label(study.getProbes().get(1))); //$NON-NLS-1$
		assertTrue(label(study.getDamageCriteria()).contains("peak \u2265 573.15 K"), label(study.getDamageCriteria())); //$NON-NLS-1$
	}

	@Test
	void commandsUpdateLabelsAndNotifyViewers() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		List<Notification> seen = new ArrayList<>();
		factory.addListener(seen::add);
		label(study.getLaser());
		domain.getCommandStack().execute(SetCommand.create(domain, study.getLaser(), StudyPackage.Literals.LASER_SOURCE__POWER, 1500.0));
		assertEquals("Laser 1500 W at 1.064E-6 m", label(study.getLaser())); //$NON-NLS-1$
		assertFalse(seen.isEmpty(), "the adapter factory forwards the item provider's notification"); //$NON-NLS-1$
		domain.getCommandStack().undo();
		assertEquals("Laser 0 W at 1.064E-6 m", label(study.getLaser())); //$NON-NLS-1$
	}
}
