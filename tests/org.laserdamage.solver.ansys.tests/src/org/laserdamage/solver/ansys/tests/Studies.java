package org.laserdamage.solver.ansys.tests;

import java.util.List;
import java.util.OptionalDouble;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.solver.Beam;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/** The small problems whose decks are golden files, and the one the fake runs use. */
final class Studies {

	static final double WAVELENGTH = 1.064e-6;

	private Studies() {
	}

	private static Source source() {
		return new Source("Test data of the ANSYS adapter", null, "made up, round numbers");
	}

	/** Aluminium-like: k and c rise with T, melts 850..900 K with 390 kJ/kg, emissivity 0.1, absorptivity 0.3. */
	static Material meltingMetal() {
		Material.Builder b = Material.builder("test-metal").name("test metal").materialClass(MaterialClass.METAL)
				.density(new TemperatureTable(new double[] { 300, 900 }, new double[] { 2700, 2600 }))
				.specificHeat(new TemperatureTable(new double[] { 300, 600, 900 }, new double[] { 900, 1000, 1100 }))
				.conductivity(new TemperatureTable(new double[] { 300, 900 }, new double[] { 170, 200 }))
				.meltingRange(850, 900).latentHeatFusion(390e3).emissivity(TemperatureTable.constant(0.1))
				.absorptivity(new AbsorptivityTable(new double[] { WAVELENGTH },
						new TemperatureTable[] { TemperatureTable.constant(0.3) }));
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.MELTING_RANGE, PropertyKind.LATENT_HEAT_FUSION, PropertyKind.EMISSIVITY,
				PropertyKind.ABSORPTIVITY)) {
			b.source(kind, source());
		}
		return b.build();
	}

	/** A constant-property coating with a lower through-thickness conductivity; never melts. */
	static Material coating() {
		Material.Builder b = Material.builder("test-coating").name("test coating").materialClass(MaterialClass.METAL)
				.density(TemperatureTable.constant(1500)).specificHeat(TemperatureTable.constant(1000))
				.conductivity(TemperatureTable.constant(5)).conductivityThroughThickness(TemperatureTable.constant(0.5))
				.emissivity(TemperatureTable.constant(0.9)).absorptivity(new AbsorptivityTable(
						new double[] { WAVELENGTH }, new TemperatureTable[] { TemperatureTable.constant(0.9) }));
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS, PropertyKind.EMISSIVITY, PropertyKind.ABSORPTIVITY)) {
			b.source(kind, source());
		}
		return b.build();
	}

	/**
	 * A 1 mm melting plate of 3 × 2 cells under a Gaussian beam (100 W, w = 0.5 mm) switched off at 0.15 s,
	 * convection 10 W/m²K front and back, 5 on the rim, the material's emissivity on both faces, 0.2 s.
	 */
	static ThermalProblem gaussianMelting() {
		Material m = meltingMetal();
		return new ThermalProblem("gaussian melting", List.of(new Layer("plate", m, 1e-3, 2, 1)), 2e-3, 3, 2,
				new Beam(BeamProfile.GAUSSIAN, 0.5e-3, WAVELENGTH, new ContinuousWave(100, 0.15), OptionalDouble.empty()),
				new Environment(300, 10, 10, Double.NaN, Double.NaN, 5), 300, OptionalDouble.empty(),
				new TimeControl(0.2, 1e-3, 0.05, 20, 0.1), List.of(new Probe("centre", 0, 0), new Probe("back", 0, 1e-3)),
				new DamageCriteria(true, true, 800, false));
	}

	/**
	 * A coating over the metal, 2 × (1 + 1) cells, two 1 ms top-hat pulses at 100 Hz (0.05 J each, radius 1 mm),
	 * no convection, emissivity 0.5 in front only; 15 ms.
	 */
	static ThermalProblem coatedPulses() {
		return new ThermalProblem("coated pulses",
				List.of(new Layer("coating", coating(), 0.1e-3, 1, 1), new Layer("metal", meltingMetal(), 1e-3, 1, 1)),
				3e-3, 2, 1,
				new Beam(BeamProfile.TOP_HAT, 1e-3, WAVELENGTH, new GaussianPulseTrain(0.05, 1e-3, 100, 2),
						OptionalDouble.of(0.8)),
				new Environment(293, 0, 0, 0.5, 0, 0), 293, OptionalDouble.empty(),
				new TimeControl(0.015, 1e-5, 1e-3, 50, 0.005), List.of(new Probe("front", 0, 0)),
				new DamageCriteria(true, false, Double.NaN, false));
	}

	/** The front held at 500 K on a 1 × 2 cell insulated bar: the slab case of PHYSICS.md's form. */
	static ThermalProblem heldFront() {
		Material m = meltingMetal();
		return new ThermalProblem("held front", List.of(new Layer("bar", m, 10e-3, 2, 1)), 1e-3, 1, 1,
				new Beam(BeamProfile.TOP_HAT, 2e-3, WAVELENGTH, new ContinuousWave(0, Double.POSITIVE_INFINITY),
						OptionalDouble.of(1)),
				Environment.insulated(300), 300, OptionalDouble.of(500), new TimeControl(1, 0.01, 0.5, 20, 0.5),
				List.of(new Probe("middle", 0, 5e-3)), DamageCriteria.none());
	}
}
