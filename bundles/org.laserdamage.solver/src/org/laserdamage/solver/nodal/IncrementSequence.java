package org.laserdamage.solver.nodal;

import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the increments read from an external code's result file (ccx's
 * {@code .frd}, the ANSYS adapter's tables) in order for the
 * {@link ResultFeeder}, one at a time so that a long run is never held in
 * memory. The last increment of a completed step lies at the step's end,
 * whose exact time (and output mark) replaces the rounded time of the file;
 * an increment whose printed time does not exceed the one before replaces
 * it, unless that one is such an exact end. Increments at time 0 or before
 * are left out: the feeder starts from the initial state.
 */
public final class IncrementSequence implements Consumer<NodalState> {

	private record Ready(double time, double[] temperature, boolean output, boolean exact) {
	}

	private final List<StepPlan.Step> steps;
	private final ResultFeeder feeder;
	private NodalState pending;
	private Ready ready;
	private boolean stopped;

	public IncrementSequence(StepPlan plan, ResultFeeder feeder) {
		this.steps = plan.steps();
		this.feeder = feeder;
	}

	@Override
	public void accept(NodalState state) {
		if (pending != null) {
			place(pending, state.step() > pending.step());
		}
		pending = state;
	}

	/**
	 * Feeds what is left.
	 *
	 * @param complete whether the code finished, so that its last increment ends the last step
	 */
	public void finish(boolean complete) {
		if (pending != null) {
			place(pending, complete);
			pending = null;
		}
		if (ready != null) {
			feed(ready);
			ready = null;
		}
		feeder.finish();
	}

	private void place(NodalState s, boolean lastOfStep) {
		double t = s.time();
		boolean output = false;
		boolean exact = lastOfStep && s.step() >= 1 && s.step() <= steps.size();
		if (exact) {
			t = steps.get(s.step() - 1).end();
			output = steps.get(s.step() - 1).output();
		}
		if (!(t > 0)) {
			return;
		}
		Ready next = new Ready(t, s.temperature(), output, exact);
		if (ready != null && t <= ready.time()) {
			if (!ready.exact()) {
				ready = next;
			}
			return;
		}
		if (ready != null) {
			feed(ready);
		}
		ready = next;
	}

	private void feed(Ready r) {
		if (!stopped && !feeder.accept(r.time(), r.temperature(), r.output())) {
			stopped = true;
		}
	}
}
