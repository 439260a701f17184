package org.laserdamage.solver.builtin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * The damage criteria and the peak see the irradiated surface, not only the
 * cell centres: under a steep surface gradient the front face is much hotter
 * than the centre of the first cell, half a cell deep.
 */
class SurfaceCriteriaTest {

	static final double K = 16.2;
	static final double RHO = 8000;
	static final double C = 500;
	static final double FLUX = 1e8;
	static final double SOLIDUS = 1400;
	static final double THICKNESS = 2e-3;
	static final int CELLS = 50;

	/**
	 * Melt onset under a constant absorbed flux q into a semi-infinite solid
	 * (PHYSICS.md, damage criteria): the surface reaches T_m at
	 * t_m = (π/α) [k (T_m − T0) / (2 q)]², here 6.158 ms. The diffusion length
	 * √(α t_m) = 0.158 mm is a twelfth of the 2 mm plate, so the plate is
	 * semi-infinite for this purpose (the back face sees e^−40 of the heating).
	 * The uniform mesh is coarse for this gradient: 0.04 mm cells, a quarter of
	 * the diffusion length.
	 * <p>
	 * When melt onset looked at cell centres only, this run reported onset at
	 * 7.591 ms, 23.3 % late: the first cell centre, 0.02 mm deep, reaches the
	 * solidus after the surface does (measured before the change; 29 % late on
	 * 0.05 mm cells, and not reached at all within 1.5 t_m on 0.1 mm cells).
	 * From the front face by the half-cell balance alone (T_f = T_1 + q Δz / 2k,
	 * exact for a linear profile) it was 6.117 ms, 0.67 % early: the profile
	 * under the surface is convex, and that over-reads the face. With the face
	 * read from the quadratic through the first two cells and the face's
	 * gradient it is 6.166 ms, +0.13 % (see the mesh study below).
	 */
	@Test
	void meltOnsetIsWhenTheSurfaceReachesTheSolidus() throws CoreException {
		double alpha = K / (RHO * C);
		double x = K * (SOLIDUS - Problems.T0) / (2 * FLUX);
		double exact = Math.PI / alpha * x * x;
		Material steel = TestMaterials.builder("steel", "Surface melt onset test", K, RHO, C, SOLIDUS, SOLIDUS + 50,
				2.5e5).build();
		ThermalProblem problem = Problems.named("surface onset").layer(steel, THICKNESS, CELLS, 1).uniformFlux(FLUX)
				.time(1.5 * exact, 1e-3 * exact, 0.1 * exact, 5, 0.5 * exact)
				.criteria(new DamageCriteria(true, false, Double.NaN, false)).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		double cell = THICKNESS / CELLS;
		System.out.printf("surface melt onset: %.6f ms, closed form %.6f ms (%+.3f %%), cells %.3f mm, "
				+ "diffusion length %.4f mm, %d steps%n", onset.time() * 1e3, exact * 1e3,
				100 * (onset.time() - exact) / exact, cell * 1e3, Math.sqrt(alpha * exact) * 1e3, result.steps());
		assertTrue(onset.reached());
		assertEquals(exact, onset.time(), 0.003 * exact);
		assertEquals(onset.time(), recorder.criteria.get(CriterionKind.MELT_ONSET), 0);
		assertEquals(SOLIDUS - result.peakTemperature(), onset.margin(), 1e-9);
		// constant k and flux, no losses: the front face is the quadratic through the first two cell centres
		FieldSnapshot atOnset = recorder.snapshotAt(onset.time());
		assertEquals(SOLIDUS, Problems.frontFace(atOnset.temperature()[0], atOnset.temperature()[1], cell, FLUX / K), 1e-6,
				"the snapshot at onset shows the front face at the solidus");
		assertTrue(atOnset.temperature()[0] < SOLIDUS - 50, "and the first cell centre well below it");
	}

	/**
	 * The same onset on coarser and finer uniform meshes. Measured with the face read from the half-cell balance
	 * alone (before the quadratic reading): −40.5 % on 8 cells (0.25 mm), −23.4 % on 10, −8.1 % on 16, −5.0 % on
	 * 20, −3.1 % on 25, −1.1 % on 40, −0.67 % on 50, −0.18 % on 80, −0.07 % on 100. With it: −10.5 %, −4.0 %,
	 * −0.37 %, −0.06 %, +0.06 %, +0.13 %, +0.13 %, +0.14 %, +0.14 %: within 0.5 % as soon as a cell is less than
	 * the diffusion length √(α t_m) = 0.158 mm, and from 25 cells on what remains (+0.13 %) is the time
	 * discretisation, the same on every mesh. Cells larger than the diffusion length cannot resolve the
	 * heated layer; the mesh check warns about them.
	 */
	@Test
	void meltOnsetIsWithinHalfAPercentOnceACellIsSmallerThanTheDiffusionLength() throws CoreException {
		double alpha = K / (RHO * C);
		double x = K * (SOLIDUS - Problems.T0) / (2 * FLUX);
		double exact = Math.PI / alpha * x * x;
		Material steel = TestMaterials.builder("steel", "Surface melt onset test", K, RHO, C, SOLIDUS, SOLIDUS + 50,
				2.5e5).build();
		for (int cells : new int[] { 16, 20, 25, 40, 80 }) {
			ThermalProblem problem = Problems.named("surface onset").layer(steel, THICKNESS, cells, 1).uniformFlux(FLUX)
					.time(1.5 * exact, 1e-3 * exact, 0.1 * exact, 5, 0.5 * exact)
					.criteria(new DamageCriteria(true, false, Double.NaN, false)).build();
			SolverResult result = new BuiltInSolver().solve(problem, new Recorder(), new NullProgressMonitor());
			double onset = result.criterion(CriterionKind.MELT_ONSET).time();
			System.out.printf("onset mesh study: %d cells (%.3f mm): %+.3f %%%n", cells, THICKNESS / cells * 1e3,
					100 * (onset - exact) / exact);
			assertEquals(exact, onset, 0.005 * exact, cells + " cells"); //$NON-NLS-1$
		}
	}

	/** Under constant heating the peak is the surface on the axis at the end: what a probe at (0, 0) reads. */
	@Test
	void peakIsTheFrontFaceTemperature() throws CoreException {
		double end = 0.01;
		ThermalProblem problem = Problems.named("surface peak")
				.layer(TestMaterials.solid("steel", "Surface peak test", K, RHO, C), THICKNESS, 20, 1)
				.uniformFlux(FLUX / 10).time(end, 1e-5, 1e-3, 5, end / 2).probe("surface", 0, 0)
				.probe("first centre", 0, THICKNESS / 40).build();
		Recorder recorder = new Recorder();
		SolverResult result = new BuiltInSolver().solve(problem, recorder, new NullProgressMonitor());
		double[] probes = recorder.probesAt(end);
		double hottestCell = Arrays.stream(recorder.snapshotAt(end).temperature()).max().getAsDouble();
		System.out.printf("surface peak: %.3f K, surface probe %.3f K, hottest cell %.3f K%n",
				result.peakTemperature(), probes[0], hottestCell);
		assertEquals(probes[0], result.peakTemperature(), 0);
		assertEquals(hottestCell, probes[1], 1e-9, "the second probe reads the first cell centre");
		assertTrue(result.peakTemperature() > hottestCell + 10, "the surface is hotter than any cell centre");
		assertEquals(end, result.peakTime(), 0);
		assertEquals(0, result.peakZ(), 0);
		assertEquals(recorder.mesh.rCentre(0), result.peakR(), 0);
	}
}
