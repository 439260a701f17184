package org.laserdamage.solver.builtin.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;
import org.laserdamage.solver.builtin.BuiltInSolver;

/**
 * Measures the kernel: (a) cell updates per second of the implicit step on a
 * fixed 200 × 200 problem, and the cost of one linear-solver iteration, and
 * (b) the end-to-end time of any {@link ThermalProblem}. Prints plain numbers
 * with units. Run {@link #main} for both on the built-in benchmark problem.
 */
public final class SolverBenchmark {

	static final int CELLS = 200;
	static final int WARM_UP_STEPS = 20;
	static final int STEPS = 100;
	static final double STEP = 1e-3;
	static final int CG_REPEATS = 20;

	private SolverBenchmark() {
	}

	public static void main(String[] args) throws CoreException {
		run(System.out);
		time(problem(0.5), System.out);
		scaling(System.out);
	}

	/** The meshes of the scaling benchmark, radial × axial: 1,200 to 300,000 cells. */
	static final int[][] SCALING_MESHES = { { 40, 30 }, { 120, 100 }, { 300, 200 }, { 600, 500 } };
	static final int SCALING_STEPS = 10;

	/**
	 * How the linear solver scales with the mesh: the benchmark problem on
	 * 1,200 to 300,000 cells, {@value #SCALING_STEPS} steps of {@value #STEP} s
	 * after 5 warm-up steps, printing CG iterations per step and seconds per
	 * step (the goal of a multigrid method would be iterations about flat).
	 */
	public static void scaling(PrintStream out) {
		out.println("scaling of the linear solver (MIC(0)-preconditioned CG) with the mesh:"); //$NON-NLS-1$
		for (int[] size : SCALING_MESHES) {
			ThermalProblem problem = problem(1, size[0], size[1]);
			Mesh mesh = Mesh.of(problem);
			MaterialModel model = new MaterialModel(problem.layers().get(0).material(), problem.initialTemperature());
			HeatBalance balance = new HeatBalance(problem, mesh, new MaterialModel[] { model });
			ImplicitStepper stepper = new ImplicitStepper(mesh, balance, TransientRun.temperatureTolerance(problem.time()));
			double[] t = new double[mesh.cells()];
			double[] h = new double[mesh.cells()];
			Arrays.fill(t, problem.initialTemperature());
			double power = problem.beam().temporal().power(0);
			march(stepper, balance, t, h, 5, power);
			long before = stepper.linearIterations();
			long start = System.nanoTime();
			march(stepper, balance, t, h, SCALING_STEPS, power);
			double seconds = (System.nanoTime() - start) * 1e-9 / SCALING_STEPS;
			out.println(String.format(Locale.ROOT, "  %7d cells (%d x %d): %.1f CG iterations per step, %.4f s per step", //$NON-NLS-1$
					mesh.cells(), size[0], size[1], (stepper.linearIterations() - before) / (double) SCALING_STEPS, seconds));
		}
	}

	/**
	 * The fixed kernel benchmark: {@value #STEPS} backward-Euler steps of
	 * {@value #STEP} s after {@value #WARM_UP_STEPS} warm-up steps on the
	 * 200 × 200 benchmark problem (1 kW Gaussian beam on 10 mm of aluminium with
	 * temperature-dependent conductivity and radiation), then repeated linear
	 * solves of the last step's system.
	 *
	 * @return a one-line summary
	 */
	public static String run(PrintStream out) {
		ThermalProblem problem = problem(1);
		Mesh mesh = Mesh.of(problem);
		MaterialModel model = new MaterialModel(problem.layers().get(0).material(), problem.initialTemperature());
		HeatBalance balance = new HeatBalance(problem, mesh, new MaterialModel[] { model });
		ImplicitStepper stepper = new ImplicitStepper(mesh, balance, TransientRun.temperatureTolerance(problem.time()));
		int n = mesh.cells();
		double[] t = new double[n];
		double[] h = new double[n];
		Arrays.fill(t, problem.initialTemperature());
		double power = problem.beam().temporal().power(0);
		march(stepper, balance, t, h, WARM_UP_STEPS, power);
		long iterationsBefore = stepper.linearIterations();
		int newton = 0;
		long start = System.nanoTime();
		for (int s = 0; s < STEPS; s++) {
			march(stepper, balance, t, h, 1, power);
			newton += stepper.iterations();
		}
		double seconds = (System.nanoTime() - start) * 1e-9;
		long cg = stepper.linearIterations() - iterationsBefore;
		double perCgIteration = linearSolverCost(mesh, balance, t, h, power);
		String summary = String.format(Locale.ROOT,
				"%d cells, %d steps of %g s in %.3f s: %.3g cell-updates/s (cells x steps / s), " //$NON-NLS-1$
						+ "%.2f Newton and %.1f CG iterations per step, %.3g cell-updates per second within CG, " //$NON-NLS-1$
						+ "%.1f ns per cell per CG iteration", //$NON-NLS-1$
				n, STEPS, STEP, seconds, n * (double) STEPS / seconds, newton / (double) STEPS, cg / (double) STEPS,
				n * (double) cg / seconds, perCgIteration * 1e9 / n);
		out.println("kernel: " + summary); //$NON-NLS-1$
		return summary;
	}

	private static void march(ImplicitStepper stepper, HeatBalance balance, double[] t, double[] h, int steps,
			double power) {
		for (int s = 0; s < steps; s++) {
			if (stepper.step(h, STEP, power, t) != ImplicitStepper.Outcome.CONVERGED) {
				throw new IllegalStateException("The benchmark step did not converge"); //$NON-NLS-1$
			}
			System.arraycopy(balance.enthalpy(), 0, h, 0, h.length);
		}
	}

	/** @return seconds per CG iteration on the system of the current state */
	private static double linearSolverCost(Mesh mesh, HeatBalance balance, double[] t, double[] h, double power) {
		int n = mesh.cells();
		FvMatrix matrix = new FvMatrix(mesh.radialCells(), mesh.axialCells());
		double[] residual = new double[n];
		double[] x = new double[n];
		ConjugateGradient cg = new ConjugateGradient(n);
		balance.evaluate(t, h, STEP, power, residual, matrix);
		Arrays.fill(residual, 1.0);
		long iterations = 0;
		long start = System.nanoTime();
		for (int k = 0; k < CG_REPEATS; k++) {
			cg.solve(matrix, residual, x, 1e-10, 0, 10_000);
			iterations += cg.iterations();
		}
		return (System.nanoTime() - start) * 1e-9 / Math.max(1, iterations);
	}

	/**
	 * Solves {@code problem} end to end with the built-in solver and a listener
	 * that keeps nothing.
	 *
	 * @return a one-line summary
	 */
	public static String time(ThermalProblem problem, PrintStream out) throws CoreException {
		SolverResult r = new BuiltInSolver().solve(problem, new ISolutionListener() {
			// keeps nothing: only the solver is timed
		}, new NullProgressMonitor());
		String summary = String.format(Locale.ROOT,
				"'%s': %d cells, %d steps, %d CG iterations, %.3f s wall: %.3g cell-updates/s, " //$NON-NLS-1$
						+ "%.1f CG iterations per step, simulated %g s, peak %.1f K, energy balance error %.1e", //$NON-NLS-1$
				problem.name(), r.cells(), r.steps(), r.iterations(), r.wallSeconds(),
				r.cells() * (double) r.steps() / r.wallSeconds(), r.iterations() / (double) Math.max(1, r.steps()),
				r.finalTime(), r.peakTemperature(), r.energyBalanceError());
		out.println("end to end: " + summary); //$NON-NLS-1$
		return summary;
	}

	/** The benchmark problem: 200 × 200 cells, graded, nonlinear conductivity and radiation. */
	static ThermalProblem problem(double endTime) {
		return problem(endTime, CELLS, CELLS);
	}

	/** The benchmark problem on {@code radial} × {@code axial} cells. */
	static ThermalProblem problem(double endTime, int radial, int axial) {
		Source source = new Source("Benchmark material, aluminium-like (PHYSICS.md, Al 6061-T6 row)", null, //$NON-NLS-1$
				"k falls linearly with T; not a validated record"); //$NON-NLS-1$
		AbsorptivityTable absorptivity = new AbsorptivityTable(new double[] { 1.064e-6 },
				new TemperatureTable[] { TemperatureTable.constant(0.3) });
		Material.Builder b = Material.builder("benchmark-al").name("Benchmark aluminium") //$NON-NLS-1$ //$NON-NLS-2$
				.materialClass(MaterialClass.METAL).density(TemperatureTable.constant(2700))
				.specificHeat(new TemperatureTable(new double[] { 300, 900 }, new double[] { 896, 1100 }))
				.conductivity(new TemperatureTable(new double[] { 300, 900 }, new double[] { 167, 140 }))
				.meltingRange(855, 925).latentHeatFusion(390e3).boilingPoint(2740).latentHeatVaporization(10.8e6)
				.emissivity(TemperatureTable.constant(0.1)).absorptivity(absorptivity);
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
				b.source(kind, source);
			}
		}
		Material material = b.build();
		Beam beam = new Beam(BeamProfile.GAUSSIAN, 1e-3, 1.064e-6, new ContinuousWave(1000, Double.POSITIVE_INFINITY),
				OptionalDouble.empty());
		List<Layer> layers = List.of(new Layer("plate", material, 0.01, axial, 20)); //$NON-NLS-1$
		return new ThermalProblem("benchmark", layers, 0.02, radial, 50, beam, //$NON-NLS-1$
				new Environment(300, 10, 10, Double.NaN, Double.NaN, 10), 300, OptionalDouble.empty(),
				new TimeControl(endTime, 1e-4, 0.01, 5, endTime / 10), List.of(), DamageCriteria.none());
	}
}
