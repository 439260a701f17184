package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Tabulated properties: the enthalpy (sensible heat from c_p(T) plus latent
 * heat) stored after a melting pulse equals the absorbed pulse energy, and a
 * slab with k(T) reaches the steady profile of the Kirchhoff transform.
 */
class TemperatureDependentPropertiesTest {

	static final double RHO = 4430;
	static final TemperatureTable SPECIFIC_HEAT = new TemperatureTable(new double[] { 300, 1000, 2000 },
			new double[] { 520, 700, 800 });
	static final TemperatureTable CONDUCTIVITY = new TemperatureTable(new double[] { 300, 2000 },
			new double[] { 7, 25 });
	static final double SOLIDUS = 1877;
	static final double LIQUIDUS = 1933;
	static final double LATENT = 295e3;

	static Material titanium() {
		return TestMaterials.builder("ti-t", "Temperature-dependent test material (PHYSICS.md Ti-6Al-4V row)", 7, RHO,
				520, SOLIDUS, LIQUIDUS, LATENT).specificHeat(SPECIFIC_HEAT).conductivity(CONDUCTIVITY).build();
	}

	@Test
	void storedEnthalpyIncludingLatentHeatEqualsTheAbsorbedEnergy() throws CoreException {
		GaussianPulseTrain pulse = new GaussianPulseTrain(0.2, 50e-6, 0, 1);
		double end = 0.15e-3; // just after the peak of the pulse, with the surface still molten
		ThermalProblem problem = Problems.named("melting pulse").layer(titanium(), 1e-3, 60, 50).radial(3e-3, 60, 30)
				.beam(BeamProfile.GAUSSIAN, 0.5e-3, pulse, OptionalDouble.empty()).time(end, 1e-7, 1e-4, 20, end)
				.build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, null);
		FieldSnapshot last = recorder.last();
		double molten = 0;
		double stored = 0;
		MeshDescription mesh = recorder.mesh;
		for (int j = 0; j < mesh.axialCells(); j++) {
			for (int i = 0; i < mesh.radialCells(); i++) {
				int c = j * mesh.radialCells() + i;
				double volume = Math.PI * (Math.pow(mesh.rFaces()[i + 1], 2) - Math.pow(mesh.rFaces()[i], 2))
						* (mesh.zFaces()[j + 1] - mesh.zFaces()[j]);
				double f = last.liquidFraction()[c];
				stored += volume * RHO * (integral(SPECIFIC_HEAT, Problems.T0, last.temperature()[c]) + LATENT * f);
				molten += volume * f;
			}
		}
		// the Gaussian starts before t = 0; the solver integrates from 0
		double absorbed = 0.3 * (pulse.energy(end) - pulse.energy(0));
		System.out.printf("melting pulse: peak %.0f K, molten %.3e mm³, absorbed %.6f J, stored %.6f J (%+.1e), balance %.1e%n",
				result.peakTemperature(), molten * 1e9, absorbed, stored, (stored - absorbed) / absorbed,
				result.energyBalanceError());
		assertTrue(result.peakTemperature() > LIQUIDUS && molten > 0, "the pulse melts the surface");
		assertEquals(absorbed, stored, 1e-6 * absorbed);
	}

	/** ∫ c dT from a to b for a table linear between its points and constant beyond. */
	static double integral(TemperatureTable table, double a, double b) {
		if (b < a) {
			return -integral(table, b, a);
		}
		int steps = 20000;
		double h = (b - a) / steps;
		double sum = 0.5 * (table.valueAt(a) + table.valueAt(b));
		for (int k = 1; k < steps; k++) {
			sum += table.valueAt(a + k * h);
		}
		return sum * h;
	}

	@Test
	void steadySlabWithConductivityRisingWithTemperatureFollowsKirchhoff() throws CoreException {
		double length = 5e-3;
		double held = 1500;
		double h = 2000;
		ThermalProblem problem = Problems.named("kirchhoff").layer(titanium(), length, 40, 1)
				.environment(new Environment(Problems.T0, 0, h, 0, 0, 0)).heldFront(held)
				.time(2000, 1e-3, 50, 50, 2000).probe("back", 0, length).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, null);
		// ∫_{T(z)}^{held} k dT = q z with q = h (T_back − T∞): find T_back, then T(z)
		double lo = Problems.T0;
		double hi = held;
		for (int k = 0; k < 100; k++) {
			double back = 0.5 * (lo + hi);
			double mismatch = integral(CONDUCTIVITY, back, held) - h * (back - Problems.T0) * length;
			if (mismatch > 0) {
				lo = back;
			} else {
				hi = back;
			}
		}
		double back = 0.5 * (lo + hi);
		double flux = h * (back - Problems.T0);
		System.out.printf("kirchhoff: back face %.4f K, exact %.4f K%n", recorder.probesAt(2000)[0], back);
		assertEquals(back, recorder.probesAt(2000)[0], 0.05);
		MeshDescription mesh = recorder.mesh;
		for (int j = 0; j < mesh.axialCells(); j += 5) {
			double z = mesh.zCentre(j);
			double tLo = Problems.T0;
			double tHi = held;
			for (int k = 0; k < 100; k++) {
				double mid = 0.5 * (tLo + tHi);
				if (integral(CONDUCTIVITY, mid, held) > flux * z) {
					tLo = mid;
				} else {
					tHi = mid;
				}
			}
			assertEquals(0.5 * (tLo + tHi), recorder.last().temperature()[j], 0.05, "T at z = " + z);
		}
	}
}
