package org.laserdamage.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.ISolver;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.SolverResult;

/**
 * Compares the cost of solvers at equal accuracy: every solver solves the
 * study on a ladder of meshes (the study's cells times 0.5, 0.75, 1, 1.5,
 * 2, 3, 4, radially and in every layer). Two accuracies are read off: a
 * solver's own (the coarser of the first two successive meshes that agree
 * within the tolerance on both the melt-onset time and the peak
 * temperature), and the joint one (the first mesh on which the solvers agree
 * with each other within the tolerance, each also within it of its previous
 * mesh), where the ladder stops. The wall times there are what that
 * accuracy costs. A benchmark that prints numbers (through the listener),
 * not a test.
 */
public final class EqualAccuracyBenchmark {

	/** The mesh factors of the ladder, coarsest first. */
	public static final double[] FACTORS = { 0.5, 0.75, 1, 1.5, 2, 3, 4 };

	/** One solve of the ladder. */
	public record Level(double factor, int radialCells, List<Integer> axialCells, double meltOnset,
			double peakTemperature, double wallSeconds) {

		/** @return e.g. "30 × 40" or "30 × 20+10" for two layers */
		public String mesh() {
			return radialCells + " \u00d7 " //$NON-NLS-1$
					+ String.join("+", axialCells.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		}
	}

	/**
	 * The ladder of one solver.
	 *
	 * @param converged index of the level that is within the tolerance of the next finer one, or -1 when the
	 *                  ladder ended first
	 */
	public record Ladder(String solverId, List<Level> levels, int converged) {

		/** @return the level at the tolerance, or null when none reached it */
		public Level atTolerance() {
			return converged < 0 ? null : levels.get(converged);
		}
	}

	private final Study study;
	private final IMaterialLibrary library;
	private final List<String> solverIds;
	private final double tolerance;
	private final Consumer<String> out;

	/**
	 * @param study     a valid study with a melt-onset criterion that its beam reaches
	 * @param solverIds the solvers to compare, e.g. from {@link CompareSolversOperation#solverIds(String)}
	 * @param tolerance relative agreement of two successive meshes, e.g. 0.01
	 * @param out       told one line per solve as the ladder climbs
	 */
	public EqualAccuracyBenchmark(Study study, IMaterialLibrary library, List<String> solverIds, double tolerance,
			Consumer<String> out) {
		this.study = study;
		this.library = library;
		this.solverIds = List.copyOf(solverIds);
		this.tolerance = tolerance;
		this.out = out;
	}

	/**
	 * What the ladders found.
	 *
	 * @param joint index of the first mesh of the ladder on which every solver agrees with the reference (the
	 *              first solver) and with its own previous mesh within the tolerance, or -1
	 */
	public record Result(List<Ladder> ladders, int joint) {
	}

	/**
	 * Climbs the ladder with every solver, mesh by mesh, until the solvers agree
	 * with each other on a mesh on which each also agrees with its previous one
	 * (or the ladder ends); each solver's own convergence is recorded on the way.
	 *
	 * @throws CoreException a study that is invalid for a solver, or that never reaches melt onset (the
	 *                       benchmark measures it), or a failed solve
	 */
	public Result execute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, solverIds.size() * FACTORS.length);
		List<List<Level>> levels = new ArrayList<>();
		int[] converged = new int[solverIds.size()];
		for (int s = 0; s < solverIds.size(); s++) {
			levels.add(new ArrayList<>());
			converged[s] = -1;
		}
		int joint = -1;
		for (int i = 0; i < FACTORS.length && joint < 0; i++) {
			boolean all = i > 0;
			for (int s = 0; s < solverIds.size(); s++) {
				String id = solverIds.get(s);
				Level level = solve(id, FACTORS[i], progress.split(1));
				levels.get(s).add(level);
				out.accept(NLS.bind(Messages.Accuracy_level, new Object[] { CompareSolversOperation.shortName(id),
						level.mesh(), format(level.meltOnset() * 1e3, 4), format(level.peakTemperature(), 1),
						format(level.wallSeconds(), 2) }));
				boolean self = i > 0 && agree(levels.get(s).get(i - 1), level);
				if (self && converged[s] < 0) {
					converged[s] = i - 1;
				}
				all &= self && agree(level, levels.get(0).get(i));
			}
			if (all) {
				joint = i;
			}
		}
		List<Ladder> ladders = new ArrayList<>();
		for (int s = 0; s < solverIds.size(); s++) {
			ladders.add(new Ladder(solverIds.get(s), levels.get(s), converged[s]));
		}
		return new Result(ladders, joint);
	}

	/** @return whether two solves agree within the tolerance on melt onset and peak temperature */
	public boolean agree(Level a, Level b) {
		return relative(a.meltOnset(), b.meltOnset()) <= tolerance
				&& relative(a.peakTemperature(), b.peakTemperature()) <= tolerance;
	}

	/** @return |a − b| / |b| */
	public static double relative(double a, double b) {
		return Math.abs(a - b) / Math.abs(b);
	}

	private Level solve(String solverId, double factor, IProgressMonitor monitor) throws CoreException {
		Study copy = EcoreUtil.copy(study);
		copy.getSolver().setSolverId(solverId);
		int radial = Math.max(2, (int) Math.round(copy.getMesh().getRadialCells() * factor));
		copy.getMesh().setRadialCells(radial);
		List<Integer> axial = new ArrayList<>();
		for (Layer layer : copy.getTarget().getLayers()) {
			int cells = Math.max(2, (int) Math.round(layer.getAxialCells() * factor));
			layer.setAxialCells(cells);
			axial.add(cells);
		}
		StudyPreparation.prepare(copy, null, library);
		StudyProblemMapper.Mapping mapping = StudyProblemMapper.map(copy, library);
		ISolver solver = SolverRegistry.create(solverId, SolverOptions.NONE);
		long started = System.nanoTime();
		SolverResult result = solver.solve(mapping.problem(), new ISolutionListener() {
		}, monitor);
		double wall = (System.nanoTime() - started) / 1e9;
		CriterionResult onset = result.criterion(CriterionKind.MELT_ONSET);
		if (onset == null || !onset.reached()) {
			throw RunStatus.invalid(NLS.bind(Messages.Accuracy_noMeltOnset, study.getName(), radial + " \u00d7 " + axial)); //$NON-NLS-1$
		}
		return new Level(factor, radial, axial, onset.time(), result.peakTemperature(), wall);
	}

	private static String format(double value, int decimals) {
		return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
