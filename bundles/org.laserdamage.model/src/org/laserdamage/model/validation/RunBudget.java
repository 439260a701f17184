package org.laserdamage.model.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

import org.laserdamage.model.Layer;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.SolverSettings;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;

/**
 * Estimates what a run will take before it starts — time steps, field
 * snapshots, bytes written — and refuses a study beyond {@link Limits}: a
 * run must end, and must not fill the disk. The estimates are lower bounds
 * (the adaptive stepping can only add steps), so a study refused here would
 * surely have run away.
 */
final class RunBudget {

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	private RunBudget() {
	}

	static void check(Checks c, Study study) {
		SolverSettings s = study.getSolver();
		if (s == null || study.getMesh() == null || study.getTarget() == null) {
			return;
		}
		double end = s.getEndTime();
		double maxStep = s.getMaxTimeStep();
		double interval = s.getOutputInterval();
		if (!(end > 0 && maxStep > 0 && interval > 0) || !Double.isFinite(end)) {
			return; // the settings themselves are refused
		}
		double snapshots = Math.ceil(end / interval) + 1;
		if (snapshots > Limits.MAX_SNAPSHOTS) {
			c.error(s, P.getSolverSettings_OutputInterval(), Messages.tooManySnapshots, (long) snapshots,
					(long) Limits.MAX_SNAPSHOTS, roundUp(end / (Limits.MAX_SNAPSHOTS - 1)));
			return;
		}
		double pulseSteps = pulseSteps(study, end, maxStep);
		double plain = end / maxStep + snapshots;
		double steps = plain + pulseSteps;
		if (steps > Limits.MAX_STEPS) {
			if (pulseSteps > plain && study.getLaser().getTemporalProfile() instanceof Pulsed p) {
				c.error(p, P.getPulsed_PulseCount(), Messages.tooManyPulseSteps, (long) (pulseSteps / Limits.STEPS_PER_PULSE),
						(long) steps, (long) Limits.MAX_STEPS);
			} else {
				c.error(s, P.getSolverSettings_MaxTimeStep(), Messages.tooManySteps, maxStep, end, (long) steps,
						(long) Limits.MAX_STEPS, roundUp(end / Math.max(1, Limits.MAX_STEPS - snapshots - pulseSteps)));
			}
			return;
		}
		long axial = study.getTarget().getLayers().stream().mapToLong(Layer::getAxialCells).sum();
		double cells = (double) axial * study.getMesh().getRadialCells();
		double fields = snapshots * cells * Limits.SNAPSHOT_BYTES_PER_CELL;
		double probes = (steps + snapshots) * (study.getProbes().size() + 1) * Limits.PROBE_BYTES_PER_VALUE;
		if (fields + probes > Limits.MAX_OUTPUT_BYTES) {
			c.error(s, fields >= probes ? P.getSolverSettings_OutputInterval() : P.getSolverSettings_MaxTimeStep(),
					Messages.tooMuchOutput, gigabytes(fields), gigabytes(probes), gigabytes(Limits.MAX_OUTPUT_BYTES));
		}
	}

	/** @return {@code value} rounded up to two significant digits, a value a user can type (0.021, not 0.0200020002) */
	static double roundUp(double value) {
		return new BigDecimal(value).round(new MathContext(2, RoundingMode.UP)).doubleValue();
	}

	/** @return the steps spent inside the pulses that start before the end, when the pulses set the step */
	private static double pulseSteps(Study study, double end, double maxStep) {
		if (study.getLaser() == null || !(study.getLaser().getTemporalProfile() instanceof Pulsed p)) {
			return 0;
		}
		double fwhm = p.getFwhm();
		if (!(fwhm > 0) || p.getPulseCount() < 1 || fwhm / 20 >= maxStep) {
			return 0;
		}
		double pulses = p.getPulseCount() > 1 && p.getRepetitionRate() > 0
				? Math.min(p.getPulseCount(), Math.floor(end * p.getRepetitionRate()) + 1) : 1;
		return pulses * Limits.STEPS_PER_PULSE;
	}

	private static String gigabytes(double bytes) {
		return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9); //$NON-NLS-1$
	}
}
