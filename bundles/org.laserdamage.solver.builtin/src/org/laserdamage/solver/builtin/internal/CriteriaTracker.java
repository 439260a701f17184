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
 * <p>
 * Melt onset, the peak-temperature threshold and the peak itself look at the
 * cell centres and at the boundary faces: the front and back face of every
 * column and the rim face of every row, whose temperatures come from the
 * half-cell balance of the discretisation ({@link HeatBalance#faceTemperatures},
 * the values the probes read). Under a short pulse the irradiated face is much
 * hotter than the first cell centre, half a cell deep, and it is the face that
 * melts first. A face compares with the solidus of the layer of the cell it
 * bounds; the peak on a face is reported at the face (z = 0 on the front, the
 * thickness on the back, r = R on the rim; the column's or row's centre along
 * the face).
 * <p>
 * Melt-through remains a cell criterion: the liquid fraction of the back cell
 * on the axis reaches 0.5 (so the melt has crossed at least half of that cell;
 * its error is at most half a cell). The margin of an unreached melt-through is
 * the thickness minus the deepest point on the axis where the liquid fraction,
 * interpolated between cell centres, is 0.5.
 * <p>
 * A layer whose material has no melting data never melts. Melt onset then
 * looks only at the layers that can melt, and does not apply when none can;
 * melt-through does not apply when any layer cannot melt, since no melt
 * reaches the back through it. A criterion that does not apply is never
 * reached and has a NaN margin ({@link CriterionResult#notApplicable}).
 */
public final class CriteriaTracker {

	/** A criterion reached within a step, at {@code start + weight * (end − start)}. */
	public record Event(CriterionKind kind, double time, double weight) {
	}

	static final double MELTED = 0.5;

	private final DamageCriteria criteria;
	private final Mesh mesh;
	private final int nr;
	private final int nz;
	/** First point index of the front faces; cells are points 0 … cells − 1. */
	private final int frontStart;
	private final int backStart;
	private final int rimStart;
	/** Per point (cells, then front, back and rim faces), the solidus of the layer it belongs to. */
	private final double[] solidusOfPoint;
	private final double[] pointPeak;
	/** The face temperatures of the last state seen: front per column, back per column, rim per row. */
	private final double[] lastFaces;
	private double peak = Double.NEGATIVE_INFINITY;
	private double peakTime;
	private int peakPoint;
	private double meltOnset = Double.NaN;
	private double meltThrough = Double.NaN;
	private double peakReached = Double.NaN;
	private double deepestMelt;
	private double stepOnset;
	private double stepThreshold;
	private final boolean meltOnsetApplies;
	private final boolean meltThroughApplies;

	public CriteriaTracker(DamageCriteria criteria, Mesh mesh, HeatBalance balance) {
		this.criteria = criteria;
		this.mesh = mesh;
		nr = mesh.radialCells();
		nz = mesh.axialCells();
		frontStart = mesh.cells();
		backStart = frontStart + nr;
		rimStart = backStart + nr;
		solidusOfPoint = new double[rimStart + nz];
		boolean anyMelts = false;
		boolean allMelt = true;
		for (int j = 0; j < nz; j++) {
			boolean melts = balance.model(j).enthalpy().melts();
			anyMelts |= melts;
			allMelt &= melts;
			double solidus = balance.model(j).enthalpy().solidus();
			Arrays.fill(solidusOfPoint, j * nr, (j + 1) * nr, solidus);
			solidusOfPoint[rimStart + j] = solidus;
		}
		Arrays.fill(solidusOfPoint, frontStart, backStart, solidusOfPoint[0]);
		Arrays.fill(solidusOfPoint, backStart, rimStart, solidusOfPoint[(nz - 1) * nr]);
		meltOnsetApplies = anyMelts;
		meltThroughApplies = allMelt;
		pointPeak = new double[solidusOfPoint.length];
		Arrays.fill(pointPeak, Double.NEGATIVE_INFINITY);
		lastFaces = new double[2 * nr + nz];
	}

	/**
	 * Takes the initial state; criteria already met count as reached at
	 * {@code time}. The face arguments are as for {@link #update}.
	 */
	public List<Event> start(double time, double[] t, double[] fraction, double[] front, double[] back,
			double[] rim) {
		keepFaces(front, back, rim);
		return update(time, time, t, t, fraction, fraction, front, back, rim);
	}

	/**
	 * @param front per column, the front face temperature at {@code t1}
	 * @param back  per column, the back face temperature at {@code t1}
	 * @param rim   per row, the rim face temperature at {@code t1}
	 * @return the criteria first reached in the step from {@code t0} to {@code t1}, by time
	 */
	public List<Event> update(double t0, double t1, double[] oldT, double[] newT, double[] oldF, double[] newF,
			double[] front, double[] back, double[] rim) {
		List<Event> events = new ArrayList<>();
		stepOnset = Double.POSITIVE_INFINITY;
		stepThreshold = Double.POSITIVE_INFINITY;
		double threshold = criteria.peakTemperatureThreshold();
		// cells first: where a face is no hotter than its cell (an insulated face), the peak stays at the centre
		for (int c = 0; c < frontStart; c++) {
			visit(c, oldT[c], newT[c], threshold, t1);
		}
		for (int i = 0; i < nr; i++) {
			visit(frontStart + i, lastFaces[i], front[i], threshold, t1);
		}
		for (int i = 0; i < nr; i++) {
			visit(backStart + i, lastFaces[nr + i], back[i], threshold, t1);
		}
		for (int j = 0; j < nz; j++) {
			visit(rimStart + j, lastFaces[2 * nr + j], rim[j], threshold, t1);
		}
		keepFaces(front, back, rim);
		if (criteria.meltOnset() && Double.isNaN(meltOnset) && stepOnset <= 1) {
			meltOnset = t0 + stepOnset * (t1 - t0);
			events.add(new Event(CriterionKind.MELT_ONSET, meltOnset, stepOnset));
		}
		if (criteria.peakTemperature() && Double.isNaN(peakReached) && stepThreshold <= 1) {
			peakReached = t0 + stepThreshold * (t1 - t0);
			events.add(new Event(CriterionKind.PEAK_TEMPERATURE, peakReached, stepThreshold));
		}
		int backAxis = (nz - 1) * nr;
		if (meltThroughApplies && newF[backAxis] >= MELTED) {
			deepestMelt = mesh.thickness();
			if (criteria.meltThrough() && Double.isNaN(meltThrough)) {
				double w = crossing(oldF[backAxis], newF[backAxis], MELTED);
				meltThrough = t0 + w * (t1 - t0);
				events.add(new Event(CriterionKind.MELT_THROUGH, meltThrough, w));
			}
		} else if (meltThroughApplies) {
			deepestMelt = Math.max(deepestMelt, meltDepthOnAxis(newF));
		}
		events.sort(Comparator.comparingDouble(Event::time));
		return events;
	}

	/** Follows one point over a step in which its temperature went from {@code before} to {@code after}. */
	private void visit(int point, double before, double after, double threshold, double t1) {
		pointPeak[point] = Math.max(pointPeak[point], after);
		if (after > peak) {
			peak = after;
			peakTime = t1;
			peakPoint = point;
		}
		double solidus = solidusOfPoint[point];
		if (after >= solidus) {
			stepOnset = Math.min(stepOnset, crossing(before, after, solidus));
		}
		if (after >= threshold) {
			stepThreshold = Math.min(stepThreshold, crossing(before, after, threshold));
		}
	}

	private void keepFaces(double[] front, double[] back, double[] rim) {
		System.arraycopy(front, 0, lastFaces, 0, nr);
		System.arraycopy(back, 0, lastFaces, nr, nr);
		System.arraycopy(rim, 0, lastFaces, 2 * nr, nz);
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
		for (int j = nz - 2; j >= 0; j--) {
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

	/** @return the highest temperature seen at a cell centre or on a front, back or rim face, K */
	public double peakTemperature() {
		return peak;
	}

	public double peakTime() {
		return peakTime;
	}

	/** @return the radius of the peak: the column's centre, or R on the rim */
	public double peakR() {
		if (peakPoint >= rimStart) {
			return mesh.radius();
		}
		if (peakPoint >= frontStart) {
			return mesh.rCentre((peakPoint - frontStart) % nr);
		}
		return mesh.rCentre(peakPoint % nr);
	}

	/** @return the depth of the peak: the row's centre, or 0 on the front face and the thickness on the back */
	public double peakZ() {
		if (peakPoint >= rimStart) {
			return mesh.zCentre(peakPoint - rimStart);
		}
		if (peakPoint >= backStart) {
			return mesh.thickness();
		}
		if (peakPoint >= frontStart) {
			return 0;
		}
		return mesh.zCentre(peakPoint / nr);
	}

	/** @return one result per evaluated criterion, margins as defined by {@link CriterionKind} */
	public List<CriterionResult> results() {
		List<CriterionResult> results = new ArrayList<>();
		if (criteria.meltOnset() && !meltOnsetApplies) {
			results.add(CriterionResult.notApplicable(CriterionKind.MELT_ONSET));
		} else if (criteria.meltOnset()) {
			double margin = Double.POSITIVE_INFINITY;
			for (int p = 0; p < pointPeak.length; p++) {
				margin = Math.min(margin, solidusOfPoint[p] - pointPeak[p]);
			}
			results.add(new CriterionResult(CriterionKind.MELT_ONSET, !Double.isNaN(meltOnset), meltOnset, margin));
		}
		if (criteria.meltThrough() && !meltThroughApplies) {
			results.add(CriterionResult.notApplicable(CriterionKind.MELT_THROUGH));
		} else if (criteria.meltThrough()) {
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
