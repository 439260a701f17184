package org.laserdamage.solver.nodal;

import java.util.Arrays;
import java.util.List;

import org.laserdamage.materials.Material;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.ThermalProblem;

/**
 * Turns the nodal temperatures of an external code's increments into what the listener
 * expects: the mesh, probe samples at time 0 and after every increment,
 * field snapshots (cell temperatures and liquid fractions) at time 0, at
 * every output time and at the end, and the criteria as they are reached,
 * each followed by the field interpolated to that moment. Ends early at
 * melt-through when the problem asks for it.
 */
public final class ResultFeeder {

	private final ThermalProblem problem;
	private final QuadMesh mesh;
	private final ISolutionListener listener;
	private final NodalCriteria criteria;
	private final double[] solidusOfRow;
	private final double[] liquidusOfRow;
	private double time;
	private double[] points;
	private double[] cells;
	private double[] fraction;
	private double[] nodal;
	private double lastSnapshot = Double.NaN;
	private int increments;
	private boolean stopped;

	public ResultFeeder(ThermalProblem problem, QuadMesh mesh, ISolutionListener listener) {
		this.problem = problem;
		this.mesh = mesh;
		this.listener = listener;
		int nz = mesh.axialCells();
		solidusOfRow = new double[nz];
		liquidusOfRow = new double[nz];
		for (int j = 0; j < nz; j++) {
			Material m = problem.layers().get(mesh.description().layerOfRow()[j]).material();
			solidusOfRow[j] = MeltingRange.solidus(m);
			liquidusOfRow[j] = MeltingRange.liquidus(m);
		}
		criteria = new NodalCriteria(problem.criteria(), mesh.description(), solidusOfRow);
	}

	/** Reports the mesh and the uniform initial state at time 0. */
	public void start() {
		listener.meshReady(mesh.description());
		double[] initial = new double[mesh.nodes()];
		Arrays.fill(initial, problem.initialTemperature());
		take(0, initial);
		report(criteria.update(0, 0, points, points, fraction, fraction), points, cells, fraction);
		snapshot();
		probes();
	}

	/**
	 * Takes the state after one increment; times must increase.
	 *
	 * @param output whether {@code t} is an output time
	 * @return false once the run has ended at melt-through: later states are ignored
	 */
	public boolean accept(double t, double[] temperature, boolean output) {
		if (stopped) {
			return false;
		}
		double t0 = time;
		double[] oldPoints = points;
		double[] oldCells = cells;
		double[] oldF = fraction;
		take(t, temperature);
		increments++;
		report(criteria.update(t0, t, oldPoints, points, oldF, fraction), oldPoints, oldCells, oldF);
		probes();
		if (output) {
			snapshot();
		}
		if (criteria.meltedThrough() && problem.criteria().stopAtMeltThrough()) {
			snapshot();
			stopped = true;
			return false;
		}
		return true;
	}

	/** Sends the last state as a snapshot unless it was just sent. */
	public void finish() {
		snapshot();
	}

	private void take(double t, double[] temperature) {
		time = t;
		nodal = temperature;
		cells = mesh.cells(temperature);
		double[] faces = mesh.faces(temperature);
		points = new double[cells.length + faces.length];
		System.arraycopy(cells, 0, points, 0, cells.length);
		System.arraycopy(faces, 0, points, cells.length, faces.length);
		int nr = mesh.radialCells();
		fraction = new double[cells.length];
		for (int c = 0; c < cells.length; c++) {
			int row = c / nr;
			double s = solidusOfRow[row];
			double l = liquidusOfRow[row];
			fraction[c] = cells[c] <= s ? 0 : cells[c] >= l ? 1 : (cells[c] - s) / (l - s);
		}
	}

	private void report(List<NodalCriteria.Event> events, double[] oldPoints, double[] oldCells, double[] oldF) {
		for (NodalCriteria.Event e : events) {
			listener.criterionReached(e.kind(), e.time());
			double w = e.weight();
			double[] t = new double[cells.length];
			double[] f = new double[cells.length];
			for (int c = 0; c < t.length; c++) {
				t[c] = oldCells[c] + w * (cells[c] - oldCells[c]);
				f[c] = oldF[c] + w * (fraction[c] - oldF[c]);
			}
			listener.snapshot(new FieldSnapshot(e.time(), t, f));
		}
	}

	private void snapshot() {
		if (time == lastSnapshot) {
			return;
		}
		lastSnapshot = time;
		listener.snapshot(new FieldSnapshot(time, cells.clone(), fraction.clone()));
	}

	private void probes() {
		List<Probe> probes = problem.probes();
		double[] values = new double[probes.size()];
		for (int p = 0; p < values.length; p++) {
			values[p] = mesh.interpolate(nodal, probes.get(p).r(), probes.get(p).z());
		}
		listener.probeSample(time, values);
	}

	public NodalCriteria criteria() {
		return criteria;
	}

	/** @return the time of the last state taken, s */
	public double time() {
		return time;
	}

	/** @return the increments taken */
	public int increments() {
		return increments;
	}
}
