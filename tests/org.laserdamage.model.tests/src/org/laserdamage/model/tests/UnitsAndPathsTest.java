package org.laserdamage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.units.Units;

class UnitsAndPathsTest {

	@Test
	void convertsUnitsToSi() {
		assertEquals(1500, Units.parse("1.5 kW", "W"), 1e-9);
		assertEquals(1.07e-6, Units.parse("1.07um", "m"), 1e-18);
		assertEquals(1.07e-6, Units.parse("1.07 µm", "m"), 1e-18);
		assertEquals(293.15, Units.parse("20 C", "K"), 1e-9);
		assertEquals(293.15, Units.parse("20°C", "K"), 1e-9);
		assertEquals(0.5, Units.parse("500ms", "s"), 1e-12);
		assertEquals(1e4, Units.parse("1 J/cm^2", "J/m^2"), 1e-9);
		assertEquals(42, Units.parse("42", "W"), 0);
		assertEquals(-3e-3, Units.parse("-3e-3", "m"), 0);
	}

	@Test
	void wrongUnitNamesTheQuantityAndTheAcceptedUnits() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parse("3 mm", "W"));
		assertTrue(e.getMessage().contains("mm") && e.getMessage().contains("power") && e.getMessage().contains("kW"),
				e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> Units.parse("fast", "s"));
		assertTrue(e.getMessage().contains("fast"), e.getMessage());
	}

	@Test
	void appliesOverridesByPath() throws Exception {
		Study study = StudyIO.load(Examples.file("coated-ti-pulsed.ldsim"));
		FeaturePath.apply(study, "laser.wavelength=10.6um");
		FeaturePath.apply(study, "target.layers[Plate].thickness=3mm");
		FeaturePath.apply(study, "target.layers[0].axialCells=7");
		FeaturePath.apply(study, "laser.spatialProfile.radius=1.5 mm");
		FeaturePath.apply(study, "damageCriteria.stopAtMeltThrough=true");
		FeaturePath.apply(study, "name=Renamed");
		assertEquals(10.6e-6, study.getLaser().getWavelength(), 1e-15);
		assertEquals(0.003, study.getTarget().getLayers().get(1).getThickness(), 1e-15);
		assertEquals(7, study.getTarget().getLayers().get(0).getAxialCells());
		assertTrue(study.getDamageCriteria().isStopAtMeltThrough());
		assertEquals("Renamed", study.getName());
		assertEquals("target.layers[1].thickness",
				FeaturePath.pathOf(study.getTarget().getLayers().get(1),
						study.getTarget().getLayers().get(1).eClass().getEStructuralFeature("thickness")));
	}

	@Test
	void badPathsListWhatIsValid() throws Exception {
		Study study = StudyIO.load(Examples.file("al6061-cw-1kW.ldsim"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FeaturePath.apply(study, "laser.powr=5"));
		assertTrue(e.getMessage().contains("powr") && e.getMessage().contains("power"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> FeaturePath.apply(study, "target.layers[Nope].thickness=1mm"));
		assertTrue(e.getMessage().contains("Plate"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> FeaturePath.apply(study, "laser=5"));
		assertTrue(e.getMessage().contains("wavelength"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> FeaturePath.apply(study, "laser.power=3mm"));
		assertTrue(e.getMessage().contains("laser.power") && e.getMessage().contains("power"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> FeaturePath.apply(study, "laser.power"));
		assertTrue(e.getMessage().contains("PATH=VALUE"), e.getMessage());
	}
}
