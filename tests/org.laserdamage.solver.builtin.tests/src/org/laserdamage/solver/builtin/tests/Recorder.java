package org.laserdamage.solver.builtin.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.MeshDescription;

/** Records everything a solver reports. */
class Recorder implements ISolutionListener {

	MeshDescription mesh;
	int meshCalls;
	final List<FieldSnapshot> snapshots = new ArrayList<>();
	final List<Double> probeTimes = new ArrayList<>();
	final List<double[]> probeValues = new ArrayList<>();
	final Map<CriterionKind, Double> criteria = new LinkedHashMap<>();
	private final boolean keepFields;

	/** Keeps every snapshot. */
	Recorder() {
		this(true);
	}

	/** @param keepFields false to keep only the snapshot times, for long runs */
	Recorder(boolean keepFields) {
		this.keepFields = keepFields;
	}

	@Override
	public void meshReady(MeshDescription m) {
		mesh = m;
		meshCalls++;
	}

	@Override
	public void probeSample(double time, double[] temperatures) {
		probeTimes.add(time);
		probeValues.add(temperatures.clone());
	}

	@Override
	public void snapshot(FieldSnapshot snapshot) {
		snapshots.add(keepFields ? snapshot : new FieldSnapshot(snapshot.time(), new double[0], new double[0]));
	}

	FieldSnapshot last() {
		return snapshots.get(snapshots.size() - 1);
	}

	/** @return the heat stored since the uniform start at {@code t0}, J, for constant ρc and no melting */
	double sensibleHeat(FieldSnapshot snapshot, double rhoC, double t0) {
		double heat = 0;
		int nr = mesh.radialCells();
		double[] r = mesh.rFaces();
		double[] z = mesh.zFaces();
		for (int j = 0; j < mesh.axialCells(); j++) {
			for (int i = 0; i < nr; i++) {
				double volume = Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]) * (z[j + 1] - z[j]);
				heat += volume * rhoC * (snapshot.temperature()[j * nr + i] - t0);
			}
		}
		return heat;
	}

	/**
	 * @return the heat stored since the uniform start at {@code t0}, J, in the rows before {@code split} (ρc
	 *         {@code rhoC[0]}) and in the rows from it on ({@code rhoC[1]}), for constant ρc and no melting
	 */
	double[] sensibleHeatByRows(FieldSnapshot snapshot, double[] rhoC, int split, double t0) {
		double[] heat = new double[2];
		int nr = mesh.radialCells();
		double[] r = mesh.rFaces();
		double[] z = mesh.zFaces();
		for (int j = 0; j < mesh.axialCells(); j++) {
			int part = j < split ? 0 : 1;
			for (int i = 0; i < nr; i++) {
				double volume = Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]) * (z[j + 1] - z[j]);
				heat[part] += volume * rhoC[part] * (snapshot.temperature()[j * nr + i] - t0);
			}
		}
		return heat;
	}

	@Override
	public void criterionReached(CriterionKind kind, double time) {
		criteria.put(kind, time);
	}

	/** @return the probe values sampled at {@code time} (within 1e-12 s) */
	double[] probesAt(double time) {
		for (int k = 0; k < probeTimes.size(); k++) {
			if (Math.abs(probeTimes.get(k) - time) <= 1e-12) {
				return probeValues.get(k);
			}
		}
		throw new AssertionError("No probe sample at t = " + time + " s; sampled at " + probeTimes);
	}

	/** @return the last snapshot at {@code time} (within 1e-12 s) */
	FieldSnapshot snapshotAt(double time) {
		FieldSnapshot found = null;
		for (FieldSnapshot s : snapshots) {
			if (Math.abs(s.time() - time) <= 1e-12) {
				found = s;
			}
		}
		if (found == null) {
			throw new AssertionError("No snapshot at t = " + time + " s");
		}
		return found;
	}
}
