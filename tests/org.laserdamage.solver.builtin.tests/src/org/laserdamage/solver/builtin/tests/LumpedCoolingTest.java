package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Losses on their own: a thin plate of very high conductivity (Biot number
 * about 1e-4) cooling through both faces follows the lumped solutions,
 * exponential for convection and the closed-form integral of
 * ρ c L dT/dt = −2 ε σ (T⁴ − T∞⁴) for radiation.
 */
class LumpedCoolingTest {

	static final double RHO = 4430;
	static final double C = 550;
	static final double L = 1e-3;
	static final double AMBIENT = 300;
	static final double SIGMA = 5.670374419e-8;

	static Material conductor() {
		return TestMaterials.solid("conductor", "Lumped cooling test: Biot number << 1", 1000, RHO, C);
	}

	static double cool(Environment environment, double start, double end) throws CoreException {
		ThermalProblem problem = Problems.named("cooling").layer(conductor(), L, 10, 1).environment(environment)
				.initial(start).uniformFlux(0).time(end, 1e-4, end / 1000, 2, end).probe("centre", 0, L / 2).build();
		Recorder recorder = new Recorder();
		new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		return recorder.probesAt(end)[0];
	}

	@Test
	void convectionCoolsExponentially() throws CoreException {
		double h = 100;
		double end = 10;
		double measured = cool(new Environment(AMBIENT, h, h, 0, 0, 0), 500, end);
		double tau = RHO * C * L / (2 * h);
		double exact = AMBIENT + 200 * Math.exp(-end / tau);
		System.out.printf("cooling by convection: %.4f K, lumped %.4f K%n", measured, exact);
		assertEquals(exact, measured, 0.002 * (exact - AMBIENT));
	}

	@Test
	void radiationFollowsTheLumpedIntegral() throws CoreException {
		double emissivity = 0.8;
		double start = 1000;
		double end = 20;
		double measured = cool(new Environment(AMBIENT, 0, 0, emissivity, emissivity, 0), start, end);
		double exact = radiativeTemperature(start, end, emissivity);
		System.out.printf("cooling by radiation: %.4f K, lumped %.4f K%n", measured, exact);
		assertEquals(exact, measured, 0.002 * (exact - AMBIENT));
	}

	/** Solves t = ρ c L / (2 ε σ) [F(T_i) − F(T)] for T by bisection, F' = 1/(T⁴ − T∞⁴). */
	static double radiativeTemperature(double start, double time, double emissivity) {
		double factor = RHO * C * L / (2 * emissivity * SIGMA);
		double lo = AMBIENT + 1e-9;
		double hi = start;
		for (int k = 0; k < 200; k++) {
			double mid = 0.5 * (lo + hi);
			double t = factor * (primitive(start) - primitive(mid));
			if (t > time) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}

	private static double primitive(double t) {
		double a = AMBIENT;
		return (Math.log((t - a) / (t + a)) - 2 * Math.atan(t / a)) / (4 * a * a * a);
	}
}
