package org.laserdamage.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.ISolver;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/**
 * The discretisation check of a run (solver.verify = true, {@code laserdamage
 * run --verify}): solves the problem again on meshes and time steps
 * {@link #RATIO} and {@link #RATIO}² times coarser — every cell count divided
 * by the ratio (gradings kept), the initial and largest step and the target
 * temperature change per step multiplied by it — and estimates, for the time
 * of every criterion reached and for the peak temperature, the error of the
 * run's value by Richardson extrapolation ({@link DiscretisationEstimate}).
 * The coarser solves write nothing; together they cost about a seventh of
 * the run on an axisymmetric mesh (an eighth and a sixty-fourth).
 */
public final class DiscretisationCheck {

	/** Refinement ratio between the levels. */
	public static final double RATIO = 2;
	/** An estimated error beyond this fraction of the value is worth a warning. */
	public static final double WARN_ABOVE = 0.01;

	/** Makes a new solver for each coarser level (solvers are not assumed reusable). */
	@FunctionalInterface
	public interface SolverFactory {
		ISolver create() throws CoreException;
	}

	private DiscretisationCheck() {
	}

	/**
	 * @param problem the problem of the run
	 * @param fine    what the run found
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; a coarser level that fails
	 *         does not throw, the summary says why
	 */
	public static VerificationSummary run(ThermalProblem problem, SolverResult fine, SolverFactory solvers,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Verify_task, 9);
		List<String> levels = new ArrayList<>();
		levels.add(describe(problem));
		SolverResult[] results = { fine, null, null };
		String failure = null;
		int[] work = { 8, 1 };
		for (int level = 1; level <= 2; level++) {
			ThermalProblem coarse = coarsened(problem, Math.pow(RATIO, level));
			levels.add(describe(coarse));
			if (failure != null) {
				continue;
			}
			try {
				results[level] = solvers.create().solve(coarse, new ISolutionListener() {
				}, progress.split(work[level - 1]));
			} catch (CoreException e) {
				failure = NLS.bind(Messages.Verify_levelFailed, describe(coarse), e.getStatus().getMessage());
			}
		}
		List<DiscretisationEstimate> estimates = new ArrayList<>();
		for (CriterionResult c : fine.criteria()) {
			if (c.reached()) {
				estimates.add(DiscretisationEstimate.of(CriterionSummary.id(c.kind()), "s", c.time(), //$NON-NLS-1$
						time(results[1], c), time(results[2], c), RATIO, 0));
			}
		}
		estimates.add(DiscretisationEstimate.of(DiscretisationEstimate.PEAK_TEMPERATURE, "K", //$NON-NLS-1$
				fine.peakTemperature(), peak(results[1]), peak(results[2]), RATIO, problem.initialTemperature()));
		return new VerificationSummary(RATIO, levels, estimates, failure);
	}

	/** @return warnings for the summary: estimates beyond {@link #WARN_ABOVE}, a level that failed */
	public static List<String> warnings(VerificationSummary check) {
		List<String> warnings = new ArrayList<>();
		for (DiscretisationEstimate e : check.estimates()) {
			if (e.estimated() && Math.abs(e.relativeError()) > WARN_ABOVE) {
				warnings.add(NLS.bind(Messages.Verify_large, new Object[] { name(e.quantity()),
						percent(e.relativeError()), e.observedOrder() ? Messages.Verify_observed : Messages.Verify_assumed }));
			}
		}
		if (check.failure() != null) {
			warnings.add(check.failure());
		}
		return warnings;
	}

	/** @return lines for the console: one per estimate */
	public static List<String> lines(VerificationSummary check) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.Verify_heading, String.join("; ", check.levels()))); //$NON-NLS-1$
		for (DiscretisationEstimate e : check.estimates()) {
			if (!e.estimated()) {
				lines.add(NLS.bind(Messages.Verify_none, name(e.quantity()), value(e.fine(), e.unit())));
			} else {
				lines.add(NLS.bind(Messages.Verify_line, new Object[] { name(e.quantity()), value(e.fine(), e.unit()),
						signed(e.error(), e.unit()), percent(e.relativeError()),
						e.observedOrder() ? NLS.bind(Messages.Verify_observedOrder, format(e.order()))
								: Messages.Verify_assumedOrder,
						value(e.extrapolated(), e.unit()) }));
			}
		}
		return lines;
	}

	/** @return the problem with cells divided and steps multiplied by {@code factor} */
	static ThermalProblem coarsened(ThermalProblem p, double factor) {
		List<Layer> layers = new ArrayList<>();
		for (Layer l : p.layers()) {
			layers.add(new Layer(l.name(), l.material(), l.thickness(), fewer(l.cells(), factor), l.grading(),
					l.absorptionCoefficient()));
		}
		TimeControl t = p.time();
		double initial = Math.min(t.endTime(), t.initialStep() * factor);
		TimeControl time = new TimeControl(t.endTime(), initial, Math.max(initial, Math.min(t.endTime(), t.maxStep() * factor)),
				t.maxTemperatureChange() * factor, t.outputInterval());
		return new ThermalProblem(p.name(), layers, p.radius(), fewer(p.radialCells(), factor), p.radialGrading(),
				p.beam(), p.environment(), p.initialTemperature(), p.fixedFrontTemperature(), time, p.probes(),
				p.criteria());
	}

	private static int fewer(int cells, double factor) {
		return Math.max(1, (int) Math.round(cells / factor));
	}

	private static String describe(ThermalProblem p) {
		String axial = String.join("+", p.layers().stream().map(l -> String.valueOf(l.cells())).toList()); //$NON-NLS-1$
		return NLS.bind(Messages.Verify_level, new Object[] { p.radialCells(), axial, format(p.time().maxTemperatureChange()),
				value(p.time().maxStep(), "s") }); //$NON-NLS-1$
	}

	private static double time(SolverResult result, CriterionResult fine) {
		if (result == null) {
			return Double.NaN;
		}
		CriterionResult c = result.criterion(fine.kind());
		return c != null && c.reached() ? c.time() : Double.NaN;
	}

	private static double peak(SolverResult result) {
		return result == null ? Double.NaN : result.peakTemperature();
	}

	private static String name(String quantity) {
		switch (quantity) {
		case DiscretisationEstimate.PEAK_TEMPERATURE:
			return Messages.Verify_peakTemperature;
		case "melt-onset": //$NON-NLS-1$
			return Messages.Verify_meltOnset;
		case "melt-through": //$NON-NLS-1$
			return Messages.Verify_meltThrough;
		case "peak-temperature": //$NON-NLS-1$
			return Messages.Verify_threshold;
		default:
			return quantity;
		}
	}

	private static String value(double v, String unit) {
		if (!Double.isFinite(v)) {
			return Messages.Verify_notReached;
		}
		return "s".equals(unit) ? format(v * 1e3) + " ms" : format(v) + " " + unit; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String signed(double v, String unit) {
		String text = value(Math.abs(v), unit);
		return (v < 0 ? "\u2212" : "+") + text; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%+.2g %%", 100 * fraction); //$NON-NLS-1$
	}

	private static String format(double v) {
		return String.format(Locale.ROOT, "%.4g", v); //$NON-NLS-1$
	}
}
