package org.laserdamage.solver.builtin.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/**
 * One transient solve: marches the {@link ImplicitStepper} in time under the
 * {@link StepController}, follows criteria (on cell centres and boundary faces,
 * {@link CriteriaTracker}) and the energy balance, and reports
 * to the listener at time 0, at every output time, at the moment a criterion
 * is reached and at the end.
 */
public final class TransientRun {

	/** Temperatures above this are outside what a model without vaporisation can describe, K. */
	static final double TEMPERATURE_CEILING = 1e5;
	public static final int TICKS = 1000;

	private final ThermalProblem problem;
	private final ISolutionListener listener;
	private final String pluginId;
	private final String version;
	private final Mesh mesh;
	private final HeatBalance balance;
	private final ImplicitStepper stepper;
	private final CriteriaTracker tracker;
	private final ProbeInterpolator probes;
	private final EnergyLedger ledger = new EnergyLedger();
	/** Face temperatures of the current state, computed once per accepted step for criteria and probes. */
	private final double[] front;
	private final double[] back;
	private final double[] rim;

	private double[] temperature;
	private double[] trial;
	private double[] fraction;
	private double[] trialFraction;
	private final double[] oldEnthalpy;
	private double lastOutput = Double.NaN;
	private double lastProbeTime = Double.NaN;
	private int steps;

	public TransientRun(ThermalProblem problem, ISolutionListener listener, String pluginId, String version) {
		this.problem = problem;
		this.listener = listener;
		this.pluginId = pluginId;
		this.version = version;
		mesh = Mesh.of(problem);
		List<Layer> layers = problem.layers();
		MaterialModel[] models = new MaterialModel[layers.size()];
		for (int l = 0; l < models.length; l++) {
			models[l] = new MaterialModel(layers.get(l).material(), problem.initialTemperature());
		}
		balance = new HeatBalance(problem, mesh, models);
		TimeControl time = problem.time();
		stepper = new ImplicitStepper(mesh, balance, temperatureTolerance(time));
		tracker = new CriteriaTracker(problem.criteria(), mesh, balance);
		probes = new ProbeInterpolator(mesh, problem.probes());
		int n = mesh.cells();
		temperature = new double[n];
		trial = new double[n];
		fraction = new double[n];
		trialFraction = new double[n];
		oldEnthalpy = new double[n];
		front = new double[mesh.radialCells()];
		back = new double[mesh.radialCells()];
		rim = new double[mesh.axialCells()];
	}

	/** A thousandth of the temperature change a step aims at, and never above 1e-4 K. */
	static double temperatureTolerance(TimeControl time) {
		return Math.min(1e-4, 1e-3 * time.maxTemperatureChange());
	}

	public SolverResult run(SubMonitor monitor) throws CoreException {
		long started = System.nanoTime();
		TimeControl time = problem.time();
		TemporalProfile beam = problem.beam().temporal();
		boolean held = problem.fixedFrontTemperature().isPresent();
		StepController controller = new StepController(time, beam);
		Arrays.fill(temperature, problem.initialTemperature());
		updateFractions(temperature, fraction);
		int nr = mesh.radialCells();
		for (int j = 0; j < mesh.axialCells(); j++) {
			Arrays.fill(oldEnthalpy, j * nr, (j + 1) * nr, balance.model(j).enthalpy().enthalpy(temperature[j * nr]));
		}
		listener.meshReady(mesh.describe());
		initialFaces();
		report(tracker.start(0, temperature, fraction, front, back, rim), temperature, fraction);
		output(0);
		double t = 0;
		int nextOutput = 1;
		int ticks = 0;
		while (t < time.endTime()) {
			if (monitor.isCanceled()) {
				output(t);
				throw new OperationCanceledException(
						Messages.bind(Messages.cancelled, problem.name(), Messages.number(t)));
			}
			double target = outputTime(nextOutput, time);
			double end = controller.nextTime(t, target);
			double dt = end - t;
			double meanPower = held ? 0 : Math.max(0, (beam.energy(end) - beam.energy(t)) / dt);
			System.arraycopy(temperature, 0, trial, 0, trial.length);
			ImplicitStepper.Outcome outcome = stepper.step(oldEnthalpy, dt, meanPower, trial);
			if (outcome != ImplicitStepper.Outcome.CONVERGED) {
				controller.failed(dt);
				if (controller.exhausted(t)) {
					throw failure(outcome == ImplicitStepper.Outcome.NOT_A_NUMBER ? Messages.notANumber
							: Messages.notConverged, t, dt);
				}
				continue;
			}
			updateFractions(trial, trialFraction);
			if (!controller.accept(dt, changeRatio(time))) {
				continue;
			}
			steps++;
			ledger.add(dt, balance.absorbedPower(), balance.lostPower());
			System.arraycopy(balance.enthalpy(), 0, oldEnthalpy, 0, oldEnthalpy.length);
			balance.faceTemperatures(trial, meanPower, front, back, rim);
			List<CriteriaTracker.Event> events = tracker.update(t, end, temperature, trial, fraction, trialFraction,
					front, back, rim);
			report(events, trial, trialFraction);
			swap();
			t = end;
			checkCeiling(t);
			if (reached(t, target)) {
				output(t);
				do {
					nextOutput++;
				} while (t < time.endTime() && reached(t, outputTime(nextOutput, time)));
			} else {
				sampleProbes(t);
			}
			int done = (int) Math.min(TICKS, TICKS * (t / time.endTime()));
			monitor.worked(done - ticks);
			ticks = done;
			if (tracker.meltedThrough() && problem.criteria().stopAtMeltThrough()) {
				output(t);
				break;
			}
		}
		double wall = (System.nanoTime() - started) * 1e-9;
		return new SolverResult(pluginId, version, tracker.results(), tracker.peakTemperature(), tracker.peakTime(),
				tracker.peakR(), tracker.peakZ(), t, steps, stepper.linearIterations(), mesh.cells(), wall,
				ledger.relativeError(storedEnergy()));
	}

	/**
	 * @return the k-th output time, or the end time when it is at or past it
	 *         (or within a billionth of an interval of it, to avoid a sliver step)
	 */
	static double outputTime(int k, TimeControl time) {
		double t = k * time.outputInterval();
		return time.endTime() - t <= 1e-9 * time.outputInterval() ? time.endTime() : t;
	}

	/**
	 * @return true when {@code target} is at or before {@code t}, up to
	 *         rounding: the steps land on output times exactly, and a time a
	 *         few units in the last place ahead would only make a sliver step
	 */
	static boolean reached(double t, double target) {
		return target - t <= StepController.coincidence(target, 0);
	}

	private void updateFractions(double[] t, double[] f) {
		int nr = mesh.radialCells();
		for (int j = 0; j < mesh.axialCells(); j++) {
			EnthalpyCurve curve = balance.model(j).enthalpy();
			for (int c = j * nr; c < (j + 1) * nr; c++) {
				f[c] = curve.liquidFraction(t[c]);
			}
		}
	}

	/** @return the enthalpy gained since the start, J (the curves are zero at the initial temperature) */
	private double storedEnergy() {
		double stored = 0;
		int nr = mesh.radialCells();
		for (int j = 0; j < mesh.axialCells(); j++) {
			for (int i = 0; i < nr; i++) {
				stored += mesh.volume(i, j) * oldEnthalpy[j * nr + i];
			}
		}
		return stored;
	}

	private double changeRatio(TimeControl time) {
		double dT = 0;
		double dF = 0;
		for (int c = 0; c < trial.length; c++) {
			dT = Math.max(dT, Math.abs(trial[c] - temperature[c]));
			dF = Math.max(dF, Math.abs(trialFraction[c] - fraction[c]));
		}
		return Math.max(dT / time.maxTemperatureChange(), dF / StepController.MAX_LIQUID_FRACTION_CHANGE);
	}

	private void swap() {
		double[] s = temperature;
		temperature = trial;
		trial = s;
		s = fraction;
		fraction = trialFraction;
		trialFraction = s;
	}

	private void report(List<CriteriaTracker.Event> events, double[] newT, double[] newF) {
		for (CriteriaTracker.Event e : events) {
			listener.criterionReached(e.kind(), e.time());
			double w = e.weight();
			double[] t = new double[newT.length];
			double[] f = new double[newF.length];
			for (int c = 0; c < t.length; c++) {
				t[c] = temperature[c] + w * (newT[c] - temperature[c]);
				f[c] = fraction[c] + w * (newF[c] - fraction[c]);
			}
			listener.snapshot(new FieldSnapshot(e.time(), t, f));
		}
	}

	/**
	 * The faces of the initial state read their cells: the state at t = 0 is
	 * the uniform initial temperature, a beam or a held front face acts from the
	 * first step on. After every accepted step the faces come from
	 * {@link HeatBalance#faceTemperatures} with that step's mean beam power.
	 */
	private void initialFaces() {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		for (int i = 0; i < nr; i++) {
			front[i] = temperature[i];
			back[i] = temperature[(nz - 1) * nr + i];
		}
		for (int j = 0; j < nz; j++) {
			rim[j] = temperature[j * nr + nr - 1];
		}
	}

	/** Sends a snapshot and a probe sample at {@code t}, once per time. */
	private void output(double t) {
		if (t == lastOutput) {
			return;
		}
		lastOutput = t;
		listener.snapshot(new FieldSnapshot(t, temperature.clone(), fraction.clone()));
		sampleProbes(t);
	}

	/**
	 * Sends a probe sample at {@code t}, once per time, from the cell and face
	 * temperatures of the current state (the faces the criteria saw). Probes
	 * are sampled after every accepted step (cheap, and pulses show in the
	 * curves); fields only at output times.
	 */
	private void sampleProbes(double t) {
		if (t == lastProbeTime) {
			return;
		}
		lastProbeTime = t;
		listener.probeSample(t, probes.sample(temperature, front, back, rim));
	}

	private void checkCeiling(double t) throws CoreException {
		if (tracker.peakTemperature() > TEMPERATURE_CEILING) {
			String message = Messages.bind(Messages.temperatureCeiling, problem.name(),
					Messages.number(tracker.peakTemperature()), Messages.number(tracker.peakR()),
					Messages.number(tracker.peakZ()), Messages.number(t), Messages.number(TEMPERATURE_CEILING));
			throw new CoreException(new Status(IStatus.ERROR, pluginId, message));
		}
	}

	private CoreException failure(String message, double t, double dt) {
		return new CoreException(new Status(IStatus.ERROR, pluginId,
				Messages.bind(message, problem.name(), Messages.number(t), Messages.number(dt))));
	}
}
