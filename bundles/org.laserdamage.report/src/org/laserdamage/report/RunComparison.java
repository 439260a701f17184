package org.laserdamage.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;

/**
 * The differences between runs of one study on several solvers, each against
 * the first (the reference).
 * <p>
 * Probe curves: both curves are taken as piecewise linear between their
 * samples and compared on the union of their sample times within the time
 * span both cover (a run that stops at melt-through ends earlier); at each of
 * these times the curve that has no sample there is interpolated linearly.
 * The maximum is the largest |ΔT| at these times; the RMS is over time,
 * sqrt(∫ΔT² dt / span), integrated exactly for the piecewise-linear ΔT, so it
 * does not depend on how densely either solver sampled. Probes are matched by
 * name.
 * <p>
 * Criteria: the times of the summaries (of events.csv for a run without a
 * summary); a criterion not reached has no time (NaN), and no difference.
 */
public final class RunComparison {

	/** One solver's run. */
	public record Run(String label, RunResults results) {
		public Run {
			Objects.requireNonNull(label, "label"); //$NON-NLS-1$
			Objects.requireNonNull(results, "results"); //$NON-NLS-1$
		}

		/** @return cells of the mesh, or -1 when the run has no summary */
		public int cells() {
			return results.summary().map(s -> s.mesh().cells()).orElse(-1);
		}

		/** @return wall-clock time of the solve, s; NaN when the run has no summary */
		public double wallTime() {
			return results.summary().map(RunSummary::wallTime).orElse(Double.NaN);
		}

		/** @return e.g. "30 × 40" (radial × axial), or "n/a" */
		public String meshSize() {
			return results.summary().map(s -> s.mesh().radialCells() + " × " + s.mesh().axialCells()) //$NON-NLS-1$
					.orElse(Quantities.UNKNOWN);
		}

		/** @return when the criterion was reached, s; NaN when not reached or not evaluated */
		public double criterionTime(String criterion) {
			if (results.summary().isPresent()) {
				return results.summary().get().criteria().stream().filter(c -> c.criterion().equals(criterion))
						.filter(CriterionSummary::reached).mapToDouble(CriterionSummary::time).findFirst()
						.orElse(Double.NaN);
			}
			return results.events().stream().filter(e -> e.criterion().equals(criterion))
					.mapToDouble(DamageEvent::time).findFirst().orElse(Double.NaN);
		}

		/** @return the highest temperature of the run, K: the summary's, else the highest probe sample */
		public double peakTemperature() {
			if (results.summary().isPresent()) {
				return results.summary().get().peak().temperature();
			}
			double peak = Double.NaN;
			ProbeSeries probes = results.probes();
			for (int p = 0; p < probes.names().size(); p++) {
				for (double t : probes.temperatures(p)) {
					peak = Double.isNaN(peak) || t > peak ? t : peak;
				}
			}
			return peak;
		}
	}

	/**
	 * One probe of one solver against the reference.
	 *
	 * @param maxAbs largest |ΔT|, K (NaN when the curves share no time)
	 * @param rms    RMS of ΔT over time, K
	 * @param from   start of the compared span, s
	 * @param to     end of the compared span, s
	 */
	public record ProbeDifference(String probe, String solver, double maxAbs, double rms, double from, double to) {
	}

	/**
	 * One criterion: time of each solver (NaN when not reached), in the order of the runs.
	 */
	public record CriterionTimes(String criterion, double[] times) {

		/** @return time of run {@code i} − time of the reference, s */
		public double difference(int i) {
			return times[i] - times[0];
		}

		/** @return {@link #difference} / time of the reference */
		public double relative(int i) {
			return difference(i) / times[0];
		}
	}

	private final List<Run> runs;
	private final List<ProbeDifference> probes;
	private final List<CriterionTimes> criteria;

	private RunComparison(List<Run> runs, List<ProbeDifference> probes, List<CriterionTimes> criteria) {
		this.runs = List.copyOf(runs);
		this.probes = List.copyOf(probes);
		this.criteria = List.copyOf(criteria);
	}

	/** @param runs two or more; the first is the reference */
	public static RunComparison of(List<Run> runs) {
		if (runs.size() < 2) {
			throw new IllegalArgumentException("A comparison needs two runs or more, got " + runs.size()); //$NON-NLS-1$
		}
		ProbeSeries reference = runs.get(0).results().probes();
		List<ProbeDifference> probes = new ArrayList<>();
		for (int p = 0; p < reference.names().size(); p++) {
			String name = reference.names().get(p);
			for (Run other : runs.subList(1, runs.size())) {
				ProbeSeries series = other.results().probes();
				int q = series.names().indexOf(name);
				if (q >= 0) {
					probes.add(difference(name, other.label(), reference.times(), reference.temperatures(p),
							series.times(), series.temperatures(q)));
				}
			}
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Run run : runs) {
			run.results().summary().ifPresent(s -> s.criteria().forEach(c -> ids.add(c.criterion())));
			run.results().events().forEach(e -> ids.add(e.criterion()));
		}
		List<CriterionTimes> criteria = new ArrayList<>();
		for (String id : ids) {
			criteria.add(new CriterionTimes(id, runs.stream().mapToDouble(r -> r.criterionTime(id)).toArray()));
		}
		return new RunComparison(runs, probes, criteria);
	}

	/**
	 * The difference {@code (t2, v2) − (t1, v1)} of two piecewise-linear curves,
	 * see the class comment. Times must increase (repeated times are allowed).
	 */
	public static ProbeDifference difference(String probe, String solver, double[] t1, double[] v1, double[] t2,
			double[] v2) {
		if (t1.length == 0 || t2.length == 0) {
			return new ProbeDifference(probe, solver, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		double from = Math.max(t1[0], t2[0]);
		double to = Math.min(t1[t1.length - 1], t2[t2.length - 1]);
		if (!(from <= to)) {
			return new ProbeDifference(probe, solver, Double.NaN, Double.NaN, from, to);
		}
		TreeSet<Double> union = new TreeSet<>();
		for (double t : t1) {
			if (t >= from && t <= to) {
				union.add(t);
			}
		}
		for (double t : t2) {
			if (t >= from && t <= to) {
				union.add(t);
			}
		}
		double max = 0;
		double integral = 0;
		double previousTime = Double.NaN;
		double previous = Double.NaN;
		for (double t : union) {
			double d = interpolate(t2, v2, t) - interpolate(t1, v1, t);
			max = Math.max(max, Math.abs(d));
			if (!Double.isNaN(previousTime)) {
				// ΔT is linear between neighbouring union times: ∫d² = h (a² + ab + b²) / 3 exactly
				integral += (t - previousTime) * (previous * previous + previous * d + d * d) / 3;
			}
			previousTime = t;
			previous = d;
		}
		double rms = to > from ? Math.sqrt(integral / (to - from)) : max;
		return new ProbeDifference(probe, solver, max, rms, from, to);
	}

	/** @return the curve at {@code t} (within its span), linear between samples; the later sample at a repeated time */
	static double interpolate(double[] times, double[] values, double t) {
		int lo = 0;
		int hi = times.length - 1;
		if (t >= times[hi]) {
			return values[hi];
		}
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (times[mid] <= t) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double span = times[hi] - times[lo];
		if (!(span > 0)) {
			return values[hi];
		}
		double w = (t - times[lo]) / span;
		return values[lo] + w * (values[hi] - values[lo]);
	}

	/** @return the runs, the reference first */
	public List<Run> runs() {
		return runs;
	}

	/** @return per probe of the reference (in its column order), one entry per other solver */
	public List<ProbeDifference> probes() {
		return probes;
	}

	/** @return the criteria any run evaluated, in the order the reference lists them */
	public List<CriterionTimes> criteria() {
		return criteria;
	}
}
