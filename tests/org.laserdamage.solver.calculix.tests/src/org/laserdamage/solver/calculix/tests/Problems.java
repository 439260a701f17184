package org.laserdamage.solver.calculix.tests;

import java.util.ArrayList;
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
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/** A fluent builder of test problems with adiabatic, single-layer defaults. */
final class Problems {

	static final double T0 = 300;
	static final double WAVELENGTH = 1.064e-6;

	private final String name;
	private final List<Layer> layers = new ArrayList<>();
	private double radius = 1e-3;
	private int radialCells = 1;
	private double radialGrading = 1;
	private Beam beam;
	private double wavelength = WAVELENGTH;
	private Environment environment = Environment.insulated(T0);
	private double initial = T0;
	private TimeControl time;
	private final List<Probe> probes = new ArrayList<>();
	private DamageCriteria criteria = DamageCriteria.none();

	private Problems(String name) {
		this.name = name;
	}

	static Problems named(String name) {
		return new Problems(name);
	}

	/** A constant-property solid without melting data (emissivity 0.1, absorptivity 0.3). */
	static Material solid(String id, double k, double rho, double c) {
		Source source = new Source("Validation case, PHYSICS.md", null, "constant properties");
		Material.Builder b = Material.builder(id).name(id).materialClass(MaterialClass.METAL)
				.density(TemperatureTable.constant(rho)).specificHeat(TemperatureTable.constant(c))
				.conductivity(TemperatureTable.constant(k)).emissivity(TemperatureTable.constant(0.1))
				.absorptivity(new AbsorptivityTable(new double[] { WAVELENGTH },
						new TemperatureTable[] { TemperatureTable.constant(0.3) }));
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.EMISSIVITY, PropertyKind.ABSORPTIVITY)) {
			b.source(kind, source);
		}
		return b.build();
	}

	Problems layer(Material material, double thickness, int cells, double grading) {
		layers.add(new Layer(material.id(), material, thickness, cells, grading));
		return this;
	}

	Problems radial(double r, int cells, double grading) {
		radius = r;
		radialCells = cells;
		radialGrading = grading;
		return this;
	}

	/** A uniform flux over the whole front face: a top-hat wider than the plate, absorptivity 1. */
	Problems uniformFlux(double flux) {
		double a = 2 * radius;
		return beam(BeamProfile.TOP_HAT, a, new ContinuousWave(flux * Math.PI * a * a, Double.POSITIVE_INFINITY),
				OptionalDouble.of(1));
	}

	Problems beam(BeamProfile profile, double beamRadius, TemporalProfile temporal, OptionalDouble absorptivity) {
		beam = new Beam(profile, beamRadius, wavelength, temporal, absorptivity);
		return this;
	}

	/** Sets the wavelength of the beams defined after this call. */
	Problems wavelength(double value) {
		wavelength = value;
		return this;
	}

	Problems environment(Environment value) {
		environment = value;
		return this;
	}

	Problems initial(double value) {
		initial = value;
		return this;
	}

	Problems time(double end, double initialStep, double maxStep, double maxChange, double output) {
		time = new TimeControl(end, initialStep, maxStep, maxChange, output);
		return this;
	}

	Problems probe(String probeName, double r, double z) {
		probes.add(new Probe(probeName, r, z));
		return this;
	}

	Problems criteria(DamageCriteria value) {
		criteria = value;
		return this;
	}

	ThermalProblem build() {
		return new ThermalProblem(name, layers, radius, radialCells, radialGrading, beam, environment, initial,
				OptionalDouble.empty(), time, probes, criteria);
	}
}
