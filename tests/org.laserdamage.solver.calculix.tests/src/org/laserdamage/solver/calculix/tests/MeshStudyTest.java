package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;
import org.laserdamage.solver.calculix.CalculixSolver;

/**
 * Melt onset of the AISI 304 plate on uniform axial meshes: the two solvers
 * approach the same time from opposite sides. The built-in solver's front
 * face comes from a half-cell balance and runs ahead on a coarse mesh, ccx's
 * front nodes (bilinear elements, consistent capacity) lag; with the surface
 * layer resolved they agree within a percent.
 */
class MeshStudyTest {

	static ThermalProblem plate(int axialCells) {
		Material steel = BuiltInMaterials.load().find("aisi-304").orElseThrow();
		return Problems.named("AISI 304 onset").layer(steel, 1e-3, axialCells, 1).radial(5e-3, 30, 5)
				.initial(293.15)
				.beam(BeamProfile.GAUSSIAN, 1e-3, new ContinuousWave(1000, Double.POSITIVE_INFINITY),
						OptionalDouble.of(0.35))
				.environment(new Environment(293.15, 10, 10, 0.3, 0.3, 0)).time(0.01, 1e-5, 2e-3, 10, 0.01)
				.criteria(new DamageCriteria(true, false, Double.NaN, false)).build();
	}

	@Test
	@Tag("slow")
	void meltOnsetConvergesFromBothSides() throws CoreException {
		double[] difference = new double[3];
		int[] cells = { 10, 20, 40 };
		for (int k = 0; k < cells.length; k++) {
			ThermalProblem problem = plate(cells[k]);
			double b = new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor())
					.criterion(CriterionKind.MELT_ONSET).time();
			double c = new CalculixSolver().solve(problem, new Recorder(), new NullProgressMonitor())
					.criterion(CriterionKind.MELT_ONSET).time();
			difference[k] = (c - b) / b;
			System.out.printf("mesh study: %d axial cells (%.0f um): melt onset built-in %.4f ms, ccx %.4f ms (%+.2f %%)%n",
					cells[k], 1e6 * 1e-3 / cells[k], 1e3 * b, 1e3 * c, 100 * difference[k]);
		}
		assertTrue(Math.abs(difference[2]) < Math.abs(difference[0]), "the solvers approach each other");
		assertTrue(Math.abs(difference[2]) < 0.02, "within 2 % at 25 um cells");
	}
}
