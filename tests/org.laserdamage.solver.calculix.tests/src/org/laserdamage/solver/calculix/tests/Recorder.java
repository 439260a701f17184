package org.laserdamage.solver.calculix.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.MeshDescription;

/** Records everything a solver reports; optionally offers a run directory. */
class Recorder implements ISolutionListener {

	MeshDescription mesh;
	final List<FieldSnapshot> snapshots = new ArrayList<>();
	final List<Double> probeTimes = new ArrayList<>();
	final List<double[]> probeValues = new ArrayList<>();
	final Map<CriterionKind, Double> criteria = new LinkedHashMap<>();
	private final Path directory;

	Recorder() {
		this(null);
	}

	Recorder(Path directory) {
		this.directory = directory;
	}

	@Override
	public Optional<Path> runDirectory() {
		return Optional.ofNullable(directory);
	}

	@Override
	public void meshReady(MeshDescription m) {
		mesh = m;
	}

	@Override
	public void probeSample(double time, double[] temperatures) {
		if (!probeTimes.isEmpty() && time <= probeTimes.get(probeTimes.size() - 1)) {
			throw new AssertionError("probe times must increase: " + time + " after " + probeTimes.get(probeTimes.size() - 1));
		}
		probeTimes.add(time);
		probeValues.add(temperatures.clone());
	}

	@Override
	public void snapshot(FieldSnapshot snapshot) {
		snapshots.add(snapshot);
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
		throw new AssertionError("No probe sample at t = " + time + " s");
	}

	/** @return whether a snapshot was sent at {@code time} (within 1e-12 s) */
	boolean snapshotAt(double time) {
		return snapshots.stream().anyMatch(s -> Math.abs(s.time() - time) <= 1e-12);
	}
}
