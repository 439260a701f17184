package org.laserdamage.solver;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything a solver needs, free of the study model: an axisymmetric plate
 * of layers (front at z = 0, z growing into the target), a beam on the front
 * face, the environment, the mesh, time control, probes and damage criteria.
 * A study is mapped to this by the core; validation tests build it directly.
 *
 * @param name                  study name, for messages and results
 * @param layers                front to back
 * @param radius                plate radius R in m
 * @param radialCells           number of radial cells
 * @param radialGrading         ratio of the largest to the smallest radial cell (1 = uniform);
 *                              the smallest cell sits on the axis
 * @param beam                  the laser
 * @param environment           surroundings and losses
 * @param initialTemperature    uniform initial temperature in K
 * @param fixedFrontTemperature when present, the front face is held at this temperature (K)
 *                              instead of being heated by the beam (used for validation)
 * @param time                  time integration settings
 * @param probes                recorded points
 * @param criteria              damage criteria to evaluate
 */
public record ThermalProblem(String name, List<Layer> layers, double radius, int radialCells, double radialGrading,
		Beam beam, Environment environment, double initialTemperature, OptionalDouble fixedFrontTemperature,
		TimeControl time, List<Probe> probes, DamageCriteria criteria) {

	public ThermalProblem {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		layers = List.copyOf(layers);
		probes = List.copyOf(probes);
		Objects.requireNonNull(beam, "beam"); //$NON-NLS-1$
		Objects.requireNonNull(environment, "environment"); //$NON-NLS-1$
		Objects.requireNonNull(time, "time"); //$NON-NLS-1$
		Objects.requireNonNull(criteria, "criteria"); //$NON-NLS-1$
		Objects.requireNonNull(fixedFrontTemperature, "fixedFrontTemperature"); //$NON-NLS-1$
		if (layers.isEmpty()) {
			throw new IllegalArgumentException("The target needs at least one layer"); //$NON-NLS-1$
		}
		if (!(radius > 0)) {
			throw new IllegalArgumentException("Target radius must be positive, was " + radius + " m"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (radialCells < 1) {
			throw new IllegalArgumentException("Need at least one radial cell, was " + radialCells); //$NON-NLS-1$
		}
		if (!(radialGrading >= 1)) {
			throw new IllegalArgumentException("Radial grading must be 1 or more, was " + radialGrading); //$NON-NLS-1$
		}
		if (!(initialTemperature > 0)) {
			throw new IllegalArgumentException("Initial temperature must be positive in K, was " + initialTemperature); //$NON-NLS-1$
		}
		double depth = layers.stream().mapToDouble(Layer::thickness).sum();
		for (Probe p : probes) {
			if (p.r() < 0 || p.r() > radius || p.z() < 0 || p.z() > depth) {
				throw new IllegalArgumentException("Probe '" + p.name() + "' at r = " + p.r() + " m, z = " + p.z() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " m lies outside the target (0 <= r <= " + radius + ", 0 <= z <= " + depth + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** @return total thickness of the target in m */
	public double thickness() {
		return layers.stream().mapToDouble(Layer::thickness).sum();
	}

	/** @return the number of cells of the mesh */
	public int cellCount() {
		return radialCells * layers.stream().mapToInt(Layer::cells).sum();
	}
}
