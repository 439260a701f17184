package org.laserdamage.solver.builtin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;

/**
 * Follows the damage criteria and the peak temperature over accepted steps.
 * Within a step the fields are taken to vary linearly in time, so a criterion
 * reached during a step gets the interpolated time at which its quantity
 * crossed the threshold.
 */
public final class CriteriaTracker {

	/** A criterion reached within a step, at {@code start + weight * (end − start)}. */
	public record Event(CriterionKind kind, double time, double weight) {
	}

	static final double MELTED = 0.5;

	private final DamageCriteria criteria;
	private final Mesh mesh;
	private final double[] solidusOfRow;
	private final double[] cellPeak;
	private double peak = Double.NEGATIVE_INFINITY;
	private double peakTime;
	private int peakCell;
	private double meltOnset = Double.NaN;
	private double meltThrough = Double.NaN;
	private double peakReached = Double.NaN;
	private double deepestMelt;

	public CriteriaTracker(DamageCriteria criteria, Mesh mesh, HeatBalance balance) {
		this.criteria = criteria;
		this.mesh = mesh;
		solidusOfRow = new double[mesh.axialCells()];
		for (int j = 0; j < solidusOfRow.length; j++) {
			solidusOfRow[j] = balance.model(j).enthalpy().solidus();
		}
		cellPeak = new double[mesh.cells()];
		Arrays.fill(cellPeak, Double.NEGATIVE_INFINITY);
	}

	/** Takes the initial state; criteria already met count as reached at {@code time}. */
	public List<Event> start(double time, double[] t, double[] fraction) {
		return update(time, time, t, t, fraction, fraction);
	}

	/** @return the criteria first reached in the step from {@code t0} to {@code t1}, by time */
	public List<Event> update(double t0, double t1, double[] oldT, double[] newT, double[] oldF, double[] newF) {
		List<Event> events = new ArrayList<>();
		int nr = mesh.radialCells();
		double onsetWeight = Double.POSITIVE_INFINITY;
		double thresholdWeight = Double.POSITIVE_INFINITY;
		double threshold = criteria.peakTemperatureThreshold();
		for (int j = 0; j < solidusOfRow.length; j++) {
			double solidus = solidusOfRow[j];
			for (int c = j * nr; c < (j + 1) * nr; c++) {
				double t = newT[c];
				cellPeak[c] = Math.max(cellPeak[c], t);
				if (t > peak) {
					peak = t;
					peakTime = t1;
					peakCell = c;
				}
				if (t >= solidus) {
					onsetWeight = Math.min(onsetWeight, crossing(oldT[c], t, solidus));
				}
				if (t >= threshold) {
					thresholdWeight = Math.min(thresholdWeight, crossing(oldT[c], t, threshold));
				}
			}
		}
		if (criteria.meltOnset() && Double.isNaN(meltOnset) && onsetWeight <= 1) {
			meltOnset = t0 + onsetWeight * (t1 - t0);
			events.add(new Event(CriterionKind.MELT_ONSET, meltOnset, onsetWeight));
		}
		if (criteria.peakTemperature() && Double.isNaN(peakReached) && thresholdWeight <= 1) {
			peakReached = t0 + thresholdWeight * (t1 - t0);
			events.add(new Event(CriterionKind.PEAK_TEMPERATURE, peakReached, thresholdWeight));
		}
		int backAxis = (mesh.axialCells() - 1) * nr;
		if (newF[backAxis] >= MELTED) {
			deepestMelt = mesh.thickness();
			if (criteria.meltThrough() && Double.isNaN(meltThrough)) {
				double w = crossing(oldF[backAxis], newF[backAxis], MELTED);
				meltThrough = t0 + w * (t1 - t0);
				events.add(new Event(CriterionKind.MELT_THROUGH, meltThrough, w));
			}
		} else {
			deepestMelt = Math.max(deepestMelt, meltDepthOnAxis(newF));
		}
		events.sort(Comparator.comparingDouble(Event::time));
		return events;
	}

	/** @return the weight in [0, 1] at which a linear change from a to b reaches x (b ≥ x) */
	private static double crossing(double a, double b, double x) {
		return a >= x || b == a ? 0 : (x - a) / (b - a);
	}

	/**
	 * @return the deepest z on the axis where the liquid fraction is 0.5,
	 *         interpolated between cell centres; 0 when the axis is not melted
	 */
	private double meltDepthOnAxis(double[] fraction) {
		int nr = mesh.radialCells();
		for (int j = mesh.axialCells() - 2; j >= 0; j--) {
			double f = fraction[j * nr];
			if (f >= MELTED) {
				double next = fraction[(j + 1) * nr];
				double w = (f - MELTED) / (f - next);
				return mesh.zCentre(j) + w * (mesh.zCentre(j + 1) - mesh.zCentre(j));
			}
		}
		return 0;
	}

	/** @return true once the melt has reached the back face on the axis */
	public boolean meltedThrough() {
		return !Double.isNaN(meltThrough);
	}

	public double peakTemperature() {
		return peak;
	}

	public double peakTime() {
		return peakTime;
	}

	public double peakR() {
		return mesh.rCentre(peakCell % mesh.radialCells());
	}

	public double peakZ() {
		return mesh.zCentre(peakCell / mesh.radialCells());
	}

	/** @return one result per evaluated criterion, margins as defined by {@link CriterionKind} */
	public List<CriterionResult> results() {
		List<CriterionResult> results = new ArrayList<>();
		if (criteria.meltOnset()) {
			int nr = mesh.radialCells();
			double margin = Double.POSITIVE_INFINITY;
			for (int c = 0; c < cellPeak.length; c++) {
				margin = Math.min(margin, solidusOfRow[c / nr] - cellPeak[c]);
			}
			results.add(new CriterionResult(CriterionKind.MELT_ONSET, !Double.isNaN(meltOnset), meltOnset, margin));
		}
		if (criteria.meltThrough()) {
			results.add(new CriterionResult(CriterionKind.MELT_THROUGH, meltedThrough(), meltThrough,
					mesh.thickness() - deepestMelt));
		}
		if (criteria.peakTemperature()) {
			results.add(new CriterionResult(CriterionKind.PEAK_TEMPERATURE, !Double.isNaN(peakReached), peakReached,
					criteria.peakTemperatureThreshold() - peak));
		}
		return results;
	}
}
