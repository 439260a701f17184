package org.laserdamage.solver.nodal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.MeshDescription;

/**
 * The damage criteria and the peak temperature, with the definitions of
 * {@link CriterionKind} and the points of the built-in solver: the cell
 * centres and the front and back face of every column and the rim face of
 * every row. Here every point comes from the nodes ({@link QuadMesh}): a
 * cell centre is the mean of its four corners, a face the mean of its two
 * nodes; the built-in solver reconstructs its faces from a half-cell balance
 * instead. Between two increments the values are taken to vary linearly, so
 * a criterion reached within one gets the interpolated crossing time.
 * <p>
 * Melt-through: the liquid fraction of the back cell on the axis (from its
 * centre temperature and the melting interval) reaches 0.5. A layer without
 * melting data never melts: melt onset applies when some layer can melt,
 * melt-through when every layer can.
 */
public final class NodalCriteria {

	/** A criterion reached within an increment, at {@code start + weight * (end − start)}. */
	public record Event(CriterionKind kind, double time, double weight) {
	}

	static final double MELTED = 0.5;

	private final DamageCriteria criteria;
	private final MeshDescription mesh;
	private final int nr;
	private final int nz;
	private final int frontStart;
	private final int backStart;
	private final int rimStart;
	private final double[] solidusOfPoint;
	private final double[] pointPeak;
	private final boolean meltOnsetApplies;
	private final boolean meltThroughApplies;
	private double peak = Double.NEGATIVE_INFINITY;
	private double peakTime;
	private int peakPoint;
	private double meltOnset = Double.NaN;
	private double meltThrough = Double.NaN;
	private double peakReached = Double.NaN;
	private double deepestMelt;

	/** @param solidusOfRow per cell row, the solidus of its layer (+∞ where it never melts) */
	public NodalCriteria(DamageCriteria criteria, MeshDescription mesh, double[] solidusOfRow) {
		this.criteria = criteria;
		this.mesh = mesh;
		nr = mesh.radialCells();
		nz = mesh.axialCells();
		frontStart = nr * nz;
		backStart = frontStart + nr;
		rimStart = backStart + nr;
		solidusOfPoint = new double[rimStart + nz];
		boolean any = false;
		boolean all = true;
		for (int j = 0; j < nz; j++) {
			boolean melts = solidusOfRow[j] != Double.POSITIVE_INFINITY;
			any |= melts;
			all &= melts;
			Arrays.fill(solidusOfPoint, j * nr, (j + 1) * nr, solidusOfRow[j]);
			solidusOfPoint[rimStart + j] = solidusOfRow[j];
		}
		Arrays.fill(solidusOfPoint, frontStart, backStart, solidusOfRow[0]);
		Arrays.fill(solidusOfPoint, backStart, rimStart, solidusOfRow[nz - 1]);
		meltOnsetApplies = any;
		meltThroughApplies = all;
		pointPeak = new double[solidusOfPoint.length];
		Arrays.fill(pointPeak, Double.NEGATIVE_INFINITY);
	}

	/**
	 * @param oldPoints cells then front, back and rim faces at {@code t0}
	 * @param newPoints the same at {@code t1}
	 * @param oldF      cell liquid fractions at {@code t0}
	 * @param newF      cell liquid fractions at {@code t1}
	 * @return the criteria first reached between {@code t0} and {@code t1}, by time
	 */
	public List<Event> update(double t0, double t1, double[] oldPoints, double[] newPoints, double[] oldF,
			double[] newF) {
		double threshold = criteria.peakTemperatureThreshold();
		double onset = Double.POSITIVE_INFINITY;
		double reached = Double.POSITIVE_INFINITY;
		for (int p = 0; p < newPoints.length; p++) {
			double after = newPoints[p];
			pointPeak[p] = Math.max(pointPeak[p], after);
			if (after > peak) {
				peak = after;
				peakTime = t1;
				peakPoint = p;
			}
			if (after >= solidusOfPoint[p]) {
				onset = Math.min(onset, crossing(oldPoints[p], after, solidusOfPoint[p]));
			}
			if (after >= threshold) {
				reached = Math.min(reached, crossing(oldPoints[p], after, threshold));
			}
		}
		List<Event> events = new ArrayList<>();
		if (criteria.meltOnset() && meltOnsetApplies && Double.isNaN(meltOnset) && onset <= 1) {
			meltOnset = t0 + onset * (t1 - t0);
			events.add(new Event(CriterionKind.MELT_ONSET, meltOnset, onset));
		}
		if (criteria.peakTemperature() && Double.isNaN(peakReached) && reached <= 1) {
			peakReached = t0 + reached * (t1 - t0);
			events.add(new Event(CriterionKind.PEAK_TEMPERATURE, peakReached, reached));
		}
		int backAxis = (nz - 1) * nr;
		if (meltThroughApplies && newF[backAxis] >= MELTED) {
			deepestMelt = mesh.zFaces()[nz];
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

	private static double crossing(double a, double b, double x) {
		return a >= x || b == a ? 0 : (x - a) / (b - a);
	}

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

	public boolean meltedThrough() {
		return !Double.isNaN(meltThrough);
	}

	public double peakTemperature() {
		return peak;
	}

	public double peakTime() {
		return peakTime;
	}

	/** @return the radius of the peak: the column's centre, or R on the rim */
	public double peakR() {
		if (peakPoint >= rimStart) {
			return mesh.rFaces()[nr];
		}
		return mesh.rCentre(peakPoint >= frontStart ? (peakPoint - frontStart) % nr : peakPoint % nr);
	}

	/** @return the depth of the peak: the row's centre, 0 on the front, the thickness on the back */
	public double peakZ() {
		if (peakPoint >= rimStart) {
			return mesh.zCentre(peakPoint - rimStart);
		}
		if (peakPoint >= backStart) {
			return mesh.zFaces()[nz];
		}
		return peakPoint >= frontStart ? 0 : mesh.zCentre(peakPoint / nr);
	}

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
					mesh.zFaces()[nz] - deepestMelt));
		}
		if (criteria.peakTemperature()) {
			results.add(new CriterionResult(CriterionKind.PEAK_TEMPERATURE, !Double.isNaN(peakReached), peakReached,
					criteria.peakTemperatureThreshold() - peak));
		}
		return results;
	}
}
