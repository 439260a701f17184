package org.laserdamage.solver.builtin.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.laserdamage.materials.Material;
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

	private final String name;
	private final List<Layer> layers = new ArrayList<>();
	private double radius = 1e-3;
	private int radialCells = 1;
	private double radialGrading = 1;
	private Beam beam;
	private Environment environment = Environment.insulated(T0);
	private double initial = T0;
	private OptionalDouble held = OptionalDouble.empty();
	private TimeControl time;
	private final List<Probe> probes = new ArrayList<>();
	private DamageCriteria criteria = DamageCriteria.none();

	private Problems(String name) {
		this.name = name;
	}

	static Problems named(String name) {
		return new Problems(name);
	}

	Problems layer(Material material, double thickness, int cells, double grading) {
		layers.add(new Layer(material.id(), material, thickness, cells, grading));
		return this;
	}

	/** A semi-transparent layer: the beam is absorbed inside it with coefficient {@code mu} (1/m). */
	Problems semiTransparentLayer(Material material, double thickness, int cells, double grading, double mu) {
		layers.add(new Layer(material.id(), material, thickness, cells, grading, mu));
		return this;
	}

	Problems radial(double r, int cells, double grading) {
		radius = r;
		radialCells = cells;
		radialGrading = grading;
		return this;
	}

	/** A uniform flux over the whole front face: a top-hat as wide as the plate, absorptivity 1. */
	Problems uniformFlux(double flux) {
		return beam(BeamProfile.TOP_HAT, radius, new ContinuousWave(flux * Math.PI * radius * radius,
				Double.POSITIVE_INFINITY), OptionalDouble.of(1));
	}

	Problems beam(BeamProfile profile, double beamRadius, TemporalProfile temporal, OptionalDouble absorptivity) {
		beam = new Beam(profile, beamRadius, TestMaterials.WAVELENGTH, temporal, absorptivity);
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

	Problems heldFront(double temperature) {
		held = OptionalDouble.of(temperature);
		if (beam == null) {
			beam(BeamProfile.TOP_HAT, radius, new ContinuousWave(0, Double.POSITIVE_INFINITY), OptionalDouble.empty());
		}
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
		return new ThermalProblem(name, layers, radius, radialCells, radialGrading, beam, environment, initial, held,
				time, probes, criteria);
	}

	/**
	 * The front face temperature the criteria read, for uniform cells h and no phase change in the first two:
	 * the quadratic T(s) = T_f − G s + c s² through the cell-centre values a1 (s = h/2) and a2 (s = 3h/2) whose
	 * slope at the face is the face's gradient −G (G = q/k for an absorbed flux q without losses), which solves
	 * to T_f = (9 a1 − a2) / 8 + 3 G h / 8.
	 */
	static double frontFace(double a1, double a2, double h, double gradient) {
		return (9 * a1 - a2) / 8 + 3 * gradient * h / 8;
	}
}
